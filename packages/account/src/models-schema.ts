import type { ParamsSchema } from '@orsdk/transport/protocol'
import { pageQuery } from './internal/common-schema.js'

/** `listUserModels`, `listEmbeddingModels`: pages of 1 to 1000 models. */
export const modelsPageSchema = (): ParamsSchema => pageQuery(1000)
