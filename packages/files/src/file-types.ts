// The types OpenRouter stores (it reads the type from the bytes; these are what it accepts):
// PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG and UTF-8 text.

const OFFICE = 'application/vnd.openxmlformats-officedocument'
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: `${OFFICE}.wordprocessingml.document`,
  xlsx: `${OFFICE}.spreadsheetml.sheet`,
  pptx: `${OFFICE}.presentationml.presentation`,
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  ogg: 'audio/ogg',
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  html: 'text/html',
  xml: 'text/xml',
  yaml: 'text/yaml',
  yml: 'text/yaml',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  ndjson: 'application/x-ndjson',
}

const STORED = new Set([
  ...Object.values(BY_EXTENSION),
  'audio/mp3',
  'audio/x-wav',
  'audio/wave',
  'audio/x-flac',
  'application/jsonl',
])

/** What the error says OpenRouter stores. */
export const STORED_TYPES =
  'PDF, PNG/JPEG/GIF/WebP, DOCX/XLSX/PPTX, MP3/WAV/FLAC/OGG or UTF-8 text (.txt, .md, .csv, .json, .jsonl, ...)'

/** The media type of a filename's extension, among the types OpenRouter stores. */
export function typeOfFilename(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.')
  return dot === -1 ? undefined : BY_EXTENSION[filename.slice(dot + 1).toLowerCase()]
}

/** Whether OpenRouter stores files of this media type (any `text/*` is UTF-8 text to it). */
export function isStoredType(mime: string): boolean {
  const bare = mime.split(';')[0]?.trim().toLowerCase() ?? ''
  return STORED.has(bare) || bare.startsWith('text/')
}
