export { decodeEmbedding } from './decode-embedding.js'
export { embeddings } from './embeddings.js'
export { EmbeddingsParamsSchema } from './embeddings-params-schema.js'
export type {
  Embedding,
  EmbeddingContentPart,
  EmbeddingsInput,
  EmbeddingsParams,
  EmbeddingsProviderPreferences,
  EmbeddingsResponse,
  EmbeddingsUsage,
} from './types.js'
