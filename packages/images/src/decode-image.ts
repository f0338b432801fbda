import { decodeBase64, decodeError, type ErrorContext } from '@orsdk/transport/protocol'
import type { GeneratedImage } from './types.js'

/** One image as the API sends it, in a response's `data` or a stream event. */
export interface WireImage {
  b64_json?: unknown
  media_type?: unknown
  url?: unknown
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte)
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0))

/**
 * The media type of image bytes from their signature, for answers that leave `media_type` out:
 * PNG, JPEG, GIF, WebP and SVG (markup that opens with `<svg` or an XML declaration).
 *
 * @example
 * sniffImageType(png) // 'image/png'
 */
export function sniffImageType(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('GIF8'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart()
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'image/svg+xml'
  return undefined
}

const DATA_URL = /^data:([^;,]+)?(;base64)?,/

/**
 * Decodes one image of an answer: `b64_json` (or a `data:` URL) into bytes, with its media type
 * as given, else read from the bytes, else from the requested `output_format`.
 */
export function decodeImage(
  wire: WireImage,
  operation: string,
  context: ErrorContext,
  outputFormat?: string,
): GeneratedImage {
  const url = typeof wire.url === 'string' ? wire.url : undefined
  const dataUrl = url === undefined ? null : DATA_URL.exec(url)
  let data: Uint8Array
  try {
    if (typeof wire.b64_json === 'string') data = decodeBase64(wire.b64_json)
    else if (dataUrl !== null && url !== undefined) {
      const payload = url.slice(dataUrl[0].length)
      data = dataUrl[2] ? decodeBase64(payload) : new TextEncoder().encode(decodeURIComponent(payload))
    } else if (url !== undefined) data = new Uint8Array(0)
    else throw new TypeError('no b64_json or url')
  } catch (error) {
    throw decodeError(
      `${operation}: an image of the response could not be read (${(error as Error).message})`,
      JSON.stringify({
        ...wire,
        b64_json: typeof wire.b64_json === 'string' ? `${wire.b64_json.length} characters` : wire.b64_json,
      }),
      context,
      error,
    )
  }
  const mediaType =
    (typeof wire.media_type === 'string' ? wire.media_type : undefined) ??
    dataUrl?.[1] ??
    sniffImageType(data) ??
    formatType(outputFormat) ??
    'application/octet-stream'
  const image: GeneratedImage = { data, mediaType }
  if (url !== undefined) image.url = url
  return image
}

function formatType(format: string | undefined): string | undefined {
  if (format === undefined) return undefined
  return format === 'svg' ? 'image/svg+xml' : format === 'jpg' ? 'image/jpeg' : `image/${format}`
}
