/**
 * `@orsdk/account`: what an ordinary OpenRouter API key can read and do about its own account
 * and OpenRouter's public data (models it may use, stored generation content, datasets,
 * benchmarks, classifications, PKCE codes). One function per operation of OpenRouter's OpenAPI
 * spec, typed from it; every paged list is an async iterable.
 *
 * @example
 * ```ts
 * import { countModels, listUserModels } from '@orsdk/account'
 * const { data } = await countModels({ output_modalities: 'all' })
 * for await (const model of listUserModels({ limit: 100 })) console.log(model.id)
 * console.log(data.count)
 * ```
 *
 * @module
 */
export { createAuthCode } from './auth-code.js'
export { listBenchmarks } from './benchmarks.js'
export { getTaskClassifications } from './classifications.js'
export { getDailyRankings, listAppRankings, listSessionCosts } from './datasets.js'
export type { components, operations, paths } from './generated/openapi.js'
export { getGenerationContent } from './generation-content.js'
export {
  countModels,
  getModelDetails,
  listEmbeddingModels,
  listUserModels,
  listZdrEndpoints,
} from './models.js'
