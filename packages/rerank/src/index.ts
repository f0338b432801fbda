export type { components, operations, paths } from './generated/openapi.js'
export { rerank } from './rerank.js'
export { RerankParamsSchema } from './rerank-params-schema.js'
export type { RerankDocument, RerankParams, RerankResponse, RerankResult, RerankUsage } from './types.js'
