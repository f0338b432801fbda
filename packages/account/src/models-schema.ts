import { type ParamsSchema, pageQuery } from '@orsdk/transport/protocol'

/** `listUserModels`, `listEmbeddingModels`: pages of 1 to 1000 models. */
export const modelsPageSchema = (): ParamsSchema => pageQuery(1000)
