import type { components } from './generated/openapi.js'

/** A document to rank: plain text, or `{ text?, image? }` for multimodal rerank models (at least one of the two). */
export type RerankDocument = string | { text?: string; image?: string; [field: string]: unknown }

/** The request of `POST /rerank` (spec `createRerank`). Unknown fields pass through. */
export interface RerankParams<Document extends RerankDocument = RerankDocument> {
  /** A rerank model, e.g. `cohere/rerank-v3.5` (`rerankModels()` in `@orsdk/catalog`). */
  model: string
  query: string
  /** At least one. */
  documents: readonly Document[]
  /** How many of the best to return: 1 to `documents.length`. Default: all. */
  top_n?: number
  /** Provider routing (spec `ProviderPreferences`: `order`, `only`, `ignore`, `allow_fallbacks`, ...). */
  provider?: components['schemas']['ProviderPreferences'] | null
  [field: string]: unknown
}

/** One ranked document. */
export interface RerankResult<Document extends RerankDocument = RerankDocument> {
  /** Its index in `params.documents`. */
  index: number
  relevance_score: number
  /** The document as you passed it (`params.documents[index]`), not the server's echo of it. */
  document: Document
}

export interface RerankUsage {
  cost?: number
  search_units?: number
  total_tokens?: number
  [field: string]: unknown
}

/** What `rerank` resolves with: the results, best first. */
export interface RerankResponse<Document extends RerankDocument = RerankDocument> {
  /** Best first: sorted by `relevance_score`, highest first (ties keep the input order). */
  results: RerankResult<Document>[]
  model: string
  id?: string
  /** The provider that served the request. */
  provider?: string
  usage?: RerankUsage
  /** `X-Generation-Id`, for `/generation` lookups and support. */
  generationId?: string
}
