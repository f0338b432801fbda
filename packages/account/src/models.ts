import type { CallOptions } from '@orsdk/transport'
import { callOperation, invalidRequest, listOperation } from '@orsdk/transport/protocol'
import type { Answer, Item, Query } from './internal/spec-types.js'
import { modelsPageSchema } from './models-schema.js'

// Models as the calling key sees them. The whole catalog, its providers and endpoints are
// `@orsdk/catalog` (embedded) and `@orsdk/catalog/live`.

/**
 * Lists the models this key may use, after its account's provider and privacy settings,
 * `GET /models/user`, one model at a time across pages.
 *
 * @param params - `limit` (page size, 1 to 1000), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key; as for any call otherwise. An abort ends the loop
 * with its `AbortError`.
 * @example
 * ```ts
 * import { listUserModels } from '@orsdk/account'
 * for await (const model of listUserModels()) console.log(model.id, model.context_length)
 * ```
 */
export function listUserModels(
  params: Query<'listModelsUser'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listModelsUser'>> {
  return listOperation(
    { name: 'listUserModels', method: 'GET', path: '/models/user', schema: modelsPageSchema },
    { params },
    options,
  )
}

/**
 * Counts the models OpenRouter serves, `GET /models/count`. No key needed.
 *
 * @param params - `output_modalities`: a comma list (`text`, `image`, `audio`, `embeddings`) or
 * `all`; OpenRouter's default is `text`.
 * @throws `OpenRouterError`: `invalid_request` for params that are not an object (before any
 * I/O); `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { countModels } from '@orsdk/account'
 * const { data } = await countModels({ output_modalities: 'all' })
 * console.log(data.count)
 * ```
 */
export function countModels(
  params: Query<'listModelsCount'> = {},
  options?: CallOptions,
): Promise<Answer<'listModelsCount'>> {
  return callOperation(
    { name: 'countModels', method: 'GET', path: '/models/count', auth: 'optional' },
    { params },
    options,
  )
}

/**
 * Reads one model's page data, `GET /model/{author}/{slug}`: description, architecture, pricing,
 * benchmarks, links. No key needed.
 *
 * @param id - a model id `author/slug` (`openai/gpt-4o`); each part is URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` when `id` is not `author/slug` (before any I/O) or
 * for an unknown model (404); `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { getModelDetails } from '@orsdk/account'
 * const { data } = await getModelDetails('openai/gpt-4o-mini')
 * console.log(data.name, data.context_length, data.pricing)
 * ```
 */
export function getModelDetails(id: string, options?: CallOptions): Promise<Answer<'getModel'>> {
  const [author, slug, ...rest] = typeof id === 'string' ? id.split('/') : []
  if (rest.length > 0 || !author?.trim() || !slug?.trim())
    return Promise.reject(
      invalidRequest(
        `getModelDetails: id: must be a model id shaped author/slug, such as openai/gpt-4o, got ${JSON.stringify(id)}`,
      ),
    )
  return callOperation(
    { name: 'getModelDetails', method: 'GET', path: '/model/{author}/{slug}', auth: 'optional' },
    { path: { author, slug } },
    options,
  )
}

/**
 * Lists the embedding models, `GET /embeddings/models`, one at a time across pages. No key needed.
 *
 * @param params - `limit` (page size, 1 to 1000), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listEmbeddingModels } from '@orsdk/account'
 * for await (const model of listEmbeddingModels()) console.log(model.id, model.pricing)
 * ```
 */
export function listEmbeddingModels(
  params: Query<'listEmbeddingsModels'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listEmbeddingsModels'>> {
  return listOperation(
    {
      name: 'listEmbeddingModels',
      method: 'GET',
      path: '/embeddings/models',
      auth: 'optional',
      schema: modelsPageSchema,
    },
    { params },
    options,
  )
}

/**
 * Lists the endpoints that keep zero data (no prompt retention, no training), `GET /endpoints/zdr`
 * (not paged). No key needed.
 *
 * @throws `OpenRouterError`: `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { listZdrEndpoints } from '@orsdk/account'
 * const { data } = await listZdrEndpoints()
 * for (const endpoint of data) console.log(endpoint.model_id, endpoint.provider_name)
 * ```
 */
export function listZdrEndpoints(options?: CallOptions): Promise<Answer<'listEndpointsZdr'>> {
  return callOperation(
    { name: 'listZdrEndpoints', method: 'GET', path: '/endpoints/zdr', auth: 'optional' },
    {},
    options,
  )
}
