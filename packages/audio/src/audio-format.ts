/** MIME subtypes (after `audio/`, parameters stripped) and the `format` OpenRouter expects for each. */
const FORMAT_BY_SUBTYPE: Record<string, string> = {
  // Browsers' MediaRecorder gives webm/opus; OpenRouter's providers take opus audio as ogg.
  webm: 'ogg',
  ogg: 'ogg',
  opus: 'ogg',
  mp4: 'm4a',
  m4a: 'm4a',
  'x-m4a': 'm4a',
  mpeg: 'mp3',
  mp3: 'mp3',
  mpeg3: 'mp3',
  'x-mpeg-3': 'mp3',
  wav: 'wav',
  wave: 'wav',
  'x-wav': 'wav',
  'vnd.wave': 'wav',
  flac: 'flac',
  'x-flac': 'flac',
  aac: 'aac',
  'x-aac': 'aac',
  aiff: 'aiff',
  'x-aiff': 'aiff',
  l16: 'pcm16',
  pcm: 'pcm16',
  l24: 'pcm24',
}

/**
 * The audio `format` for a MIME type (`audio/webm;codecs=opus` → `ogg`, `audio/mpeg` → `mp3`,
 * `audio/mp4` → `m4a`), or undefined when the type is not a known audio type.
 *
 * @example
 * import { audioFormatFromMime } from '@orsdk/audio'
 * audioFormatFromMime('audio/webm;codecs=opus') // 'ogg'
 * audioFormatFromMime('text/plain') // undefined
 */
export function audioFormatFromMime(mime: string): string | undefined {
  const [type = '', subtype = ''] = (mime.split(';')[0] ?? '').trim().toLowerCase().split('/')
  // Recorders label audio-only webm/ogg/mp4 files video/* often enough to accept the container.
  if (type !== 'audio' && !(type === 'video' && ['webm', 'ogg', 'mp4'].includes(subtype))) return undefined
  return formatOf(subtype)
}

/**
 * The audio `format` a file name's extension names (`meeting.m4a` → `m4a`, `clip.webm` → `ogg`),
 * or undefined for an unknown one.
 *
 * @example
 * import { audioFormatFromFilename } from '@orsdk/audio'
 * audioFormatFromFilename('hello.MP3') // 'mp3'
 */
export function audioFormatFromFilename(filename: string): string | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase()
  return extension === undefined ? undefined : formatOf(extension)
}

// Own keys only: a subtype or an extension such as `constructor` must not find Object.prototype's.
const formatOf = (name: string) =>
  Object.hasOwn(FORMAT_BY_SUBTYPE, name) ? FORMAT_BY_SUBTYPE[name] : undefined
