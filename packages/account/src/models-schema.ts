import { pageQuery } from './internal/common-schema.js'

/** `listUserModels`, `listEmbeddingModels`: pages of 1 to 1000 models. */
export const ModelsPageParamsSchema = pageQuery(1000)
