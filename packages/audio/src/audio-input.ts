import { invalidRequest } from '@orsdk/transport/protocol'
import { audioFormatFromMime } from './audio-format.js'
import type { AudioData } from './types.js'

const isBlob = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob

/** Whether a value is audio this package takes: a `Uint8Array` (or `Buffer`), `ArrayBuffer` or `Blob`. */
export function isAudioData(value: unknown): value is AudioData {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || isBlob(value)
}

/** The size in bytes, known without reading a `Blob`. */
export function audioSize(audio: AudioData): number {
  return isBlob(audio) ? audio.size : audio.byteLength
}

/** The bytes of the audio; a `Blob` or a stream (a file opened by path) is read once. */
export async function readAudio(audio: AudioData | ReadableStream<Uint8Array>): Promise<Uint8Array> {
  if (audio instanceof Uint8Array) return audio
  if (audio instanceof ArrayBuffer) return new Uint8Array(audio)
  if (audio instanceof ReadableStream) return new Uint8Array(await new Response(audio).arrayBuffer())
  return new Uint8Array(await audio.arrayBuffer())
}

/** What picks the format: `format`, else `mime`, else the `Blob`'s own type. */
export interface FormatSource {
  audio: AudioData
  format?: string | undefined
  mime?: string | undefined
}

/**
 * Checks the size and settles the wire format before any I/O; throws `invalid_request`
 * naming the field (`audio`, `mime` or `format`).
 */
export function checkAudio(source: FormatSource, limit: number, context: string, field = 'audio'): string {
  const size = audioSize(source.audio)
  if (size === 0) throw invalidRequest(`${context}: ${field}: must not be empty`)
  if (size > limit) {
    throw invalidRequest(
      `${context}: ${field}: ${size} bytes is over the limit of ${limit} bytes; split the recording`,
    )
  }
  if (source.format !== undefined) return source.format
  const mime =
    source.mime ?? (isBlob(source.audio) && source.audio.type !== '' ? source.audio.type : undefined)
  if (mime === undefined) {
    throw invalidRequest(
      `${context}: format: is required when the audio has no MIME type: pass format (wav, mp3, ...)`,
    )
  }
  const format = audioFormatFromMime(mime)
  if (format === undefined) {
    const where = source.mime === undefined ? `${field}.type` : 'mime'
    throw invalidRequest(
      `${context}: ${where}: unknown audio MIME type ${JSON.stringify(mime)}: pass format (wav, mp3, ...)`,
    )
  }
  return format
}
