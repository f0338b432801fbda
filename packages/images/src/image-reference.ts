import { encodeBase64, invalidRequest } from '@orsdk/transport/protocol'
import { sniffImageType } from './decode-image.js'
import type { ImageReference } from './types.js'

/**
 * A reference image for `input_references` (image-to-image): an `http(s)` URL or a `data:` URI as
 * it is, or image bytes as a base64 `data:` URI whose media type is read from the bytes (pass
 * `mediaType` for a format it does not know).
 *
 * @throws `OpenRouterError` of kind `invalid_request` for empty bytes, or bytes of unknown type without `mediaType`.
 * @example
 * import { readFile } from 'node:fs/promises'
 * import { generateImage, imageReference } from '@orsdk/images'
 * const { images } = await generateImage({
 *   model: 'openai/gpt-image-1',
 *   prompt: 'the same cat, in watercolour',
 *   input_references: [imageReference(await readFile('cat.png')), imageReference('https://example.com/style.jpg')],
 * })
 */
export function imageReference(source: string | Uint8Array, mediaType?: string): ImageReference {
  if (typeof source === 'string') return { type: 'image_url', image_url: { url: source } }
  if (!(source instanceof Uint8Array) || source.length === 0)
    throw invalidRequest('imageReference: source: must be a URL or non-empty image bytes')
  const type = mediaType ?? sniffImageType(source)
  if (type === undefined)
    throw invalidRequest(
      'imageReference: mediaType: the bytes are not PNG, JPEG, GIF, WebP or SVG: pass their media type',
    )
  return { type: 'image_url', image_url: { url: `data:${type};base64,${encodeBase64(source)}` } }
}
