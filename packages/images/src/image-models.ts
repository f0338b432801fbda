import type { CallOptions } from '@orsdk/transport'
import { decodeError, invalidRequest, requestJson } from '@orsdk/transport/protocol'
import type { ImageModel, ImageModelEndpoints } from './types.js'

/**
 * Every image generation model with the parameters it accepts and whether it streams
 * (`GET /images/models`; no key needed).
 *
 * @throws `OpenRouterError` of kind `decode` (an answer without a data array), `server`,
 * `timeout` or `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { listImageModels } from '@orsdk/images'
 * const streaming = (await listImageModels()).filter((model) => model.supports_streaming).map((model) => model.id)
 */
export async function listImageModels(options: CallOptions = {}): Promise<ImageModel[]> {
  const response = await requestJson(
    { operation: 'images.models', method: 'GET', path: '/images/models', auth: 'optional' },
    options,
  )
  const data = (response.data as { data?: unknown } | null)?.data
  if (!Array.isArray(data))
    throw decodeError(
      'listImageModels: the response has no data array',
      JSON.stringify(response.data),
      response,
    )
  return data as ImageModel[]
}

/**
 * The provider endpoints of one image model, each with its exact parameters, passthrough options
 * and pricing (`GET /images/models/{author}/{slug}/endpoints`; no key needed).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (a model that is not `author/slug`, before
 * any I/O; or a 404 for a model that makes no images), `decode`, `server`, `timeout` or
 * `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { listImageModelEndpoints } from '@orsdk/images'
 * const { endpoints } = await listImageModelEndpoints('openai/gpt-image-1')
 * console.log(endpoints.map((endpoint) => `${endpoint.provider_name}: ${endpoint.pricing[0]?.cost_usd} per ${endpoint.pricing[0]?.unit}`))
 */
export async function listImageModelEndpoints(
  model: string,
  options: CallOptions = {},
): Promise<ImageModelEndpoints> {
  const [author, slug, ...rest] = typeof model === 'string' ? model.split('/') : []
  if (!author || !slug || rest.length > 0)
    throw invalidRequest(
      'listImageModelEndpoints: model: must be an author/slug model id, e.g. openai/gpt-image-1',
    )
  const path = `/images/models/${encodeURIComponent(author)}/${encodeURIComponent(slug)}/endpoints`
  const response = await requestJson(
    { operation: 'images.models.endpoints', method: 'GET', path, auth: 'optional' },
    options,
  )
  const data = response.data as Partial<ImageModelEndpoints> | null
  if (!Array.isArray(data?.endpoints))
    throw decodeError(
      'listImageModelEndpoints: the response has no endpoints array',
      JSON.stringify(data),
      response,
    )
  return data as ImageModelEndpoints
}
