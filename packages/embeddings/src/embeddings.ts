import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestJson } from '@orsdk/transport/protocol'
import { decodeEmbedding } from './decode-embedding.js'
import { EmbeddingsParamsSchema } from './embeddings-params-schema.js'
import type { EmbeddingsParams, EmbeddingsResponse } from './types.js'

/**
 * Embeds text, tokens or multimodal content. With `encoding_format: 'base64'` the vectors
 * come back as `Float32Array` (smaller on the wire, no JSON number parsing).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params, before any I/O, or a 4xx),
 * `auth`, `payment_required`, `rate_limit`, `server`, `timeout`, `transport` or `decode`; a
 * user's abort rejects with the platform's `AbortError`.
 * @example
 * import { embeddings } from '@orsdk/embeddings'
 * const { data } = await embeddings({ model: 'openai/text-embedding-3-small', input: ['a cat', 'a dog'] })
 * console.log(data.length, data[0]?.embedding.length)
 */
export function embeddings(
  params: EmbeddingsParams & { encoding_format: 'base64' },
  options?: CallOptions,
): Promise<EmbeddingsResponse<Float32Array>>
export function embeddings(
  params: EmbeddingsParams & { encoding_format?: 'float' },
  options?: CallOptions,
): Promise<EmbeddingsResponse<number[]>>
export function embeddings(
  params: EmbeddingsParams,
  options?: CallOptions,
): Promise<EmbeddingsResponse<number[] | Float32Array>>
export async function embeddings(
  params: EmbeddingsParams,
  options: CallOptions = {},
): Promise<EmbeddingsResponse<number[] | Float32Array>> {
  checkParams(EmbeddingsParamsSchema, params, 'embeddings')
  const response = await requestJson(
    { operation: 'embeddings', method: 'POST', path: '/embeddings', body: params },
    options,
  )
  const result = response.data as EmbeddingsResponse<number[] | string | Float32Array>
  if (response.generationId !== undefined) result.generationId = response.generationId
  if (!Array.isArray(result.data))
    throw decodeError('embeddings: the response has no data array', JSON.stringify(result), response)
  for (const item of result.data) {
    if (typeof item.embedding === 'string') item.embedding = decodeEmbedding(item.embedding)
  }
  return result as EmbeddingsResponse<number[] | Float32Array>
}
