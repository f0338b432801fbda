import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestJson } from '@orsdk/transport/protocol'
import { decodeImage, type WireImage } from './decode-image.js'
import { ImageParamsSchema } from './image-params-schema.js'
import type { ImageParams, ImageResult, ImageUsage } from './types.js'

/** `POST /images` answered in one body (spec `ImageGenerationResponse`). */
export interface WireImageResponse {
  created?: number
  data?: WireImage[]
  usage?: ImageUsage
}

/**
 * Generates images from a prompt (and optional reference images) and resolves with their bytes,
 * decoded, and media types, plus usage with cost and the generation id.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty prompt, `n` outside 1 to 10, a
 * malformed reference or bad params: all before any I/O; or a 4xx such as a model that makes no
 * images), `decode` (an answer without images, or with one that is not base64), `auth`,
 * `payment_required`, `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects
 * with the platform's `AbortError`.
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { generateImage } from '@orsdk/images'
 * const { images, usage } = await generateImage({ model: 'openai/gpt-image-1', prompt: 'a red panda astronaut' })
 * await writeFile('panda.png', images[0].data)
 * console.log(images[0].mediaType, usage?.cost) // image/png 0.04
 */
export async function generateImage(params: ImageParams, options: CallOptions = {}): Promise<ImageResult> {
  checkParams(ImageParamsSchema, params, 'generateImage')
  const response = await requestJson(
    { operation: 'images', method: 'POST', path: '/images', body: params },
    options,
  )
  const answer = response.data as WireImageResponse
  if (!Array.isArray(answer?.data) || answer.data.length === 0)
    throw decodeError('generateImage: the response carried no image', JSON.stringify(answer), response)
  const result: ImageResult = {
    images: answer.data.map((image) => decodeImage(image, 'generateImage', response, params.output_format)),
  }
  if (answer.created !== undefined) result.created = answer.created
  if (answer.usage !== undefined) result.usage = answer.usage
  if (response.generationId !== undefined) result.generationId = response.generationId
  return result
}
