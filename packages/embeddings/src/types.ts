import type { ProviderPreferences } from '@orsdk/transport'

/** One part of a multimodal embeddings input. */
export type EmbeddingContentPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'input_audio'; input_audio: { data: string; format: string } }
  | { type: 'input_video'; video_url: { url: string } }
  | { type: 'file'; file: { filename?: string; file_data?: string; file_id?: string } }

/** Every input form `/embeddings` takes; each item of an array gets its own vector. */
export type EmbeddingsInput =
  | string
  | string[]
  /** One tokenized input. */
  | number[]
  /** Several tokenized inputs. */
  | number[][]
  /** Multimodal inputs. */
  | Array<{ content: EmbeddingContentPart[] }>

/** Provider routing for an embeddings request (the same object as for chat). */
export type EmbeddingsProviderPreferences = ProviderPreferences

/** The body of `POST /embeddings`, snake_case as on the wire. */
export interface EmbeddingsParams {
  model: string
  input: EmbeddingsInput
  /** Output size, for models that can shorten their vectors. */
  dimensions?: number
  /** `base64` is smaller on the wire; the SDK decodes it to `Float32Array`. Default `float`. */
  encoding_format?: 'float' | 'base64'
  /** What the text is for, e.g. `search_query` or `search_document` (model-specific). */
  input_type?: 'search_query' | 'search_document' | 'classification' | 'clustering' | (string & {})
  provider?: EmbeddingsProviderPreferences
  /** A stable id of your end user. */
  user?: string
}

/** One vector; `index` is the position of its input. */
export interface Embedding<Vector> {
  object: 'embedding' | (string & {})
  index: number
  embedding: Vector
}

/** Tokens and cost of an embeddings request. */
export interface EmbeddingsUsage {
  prompt_tokens: number
  total_tokens: number
  /** In credits, equal to USD. */
  cost?: number
  is_byok?: boolean
  cost_details?: { upstream_inference_cost?: number | null; [field: string]: unknown }
  prompt_tokens_details?: { [field: string]: unknown }
}

/** The response of `/embeddings`: `Float32Array` vectors with `encoding_format: 'base64'`, else `number[]`. */
export interface EmbeddingsResponse<Vector = number[]> {
  id?: string
  object: 'list' | (string & {})
  model: string
  data: Embedding<Vector>[]
  usage?: EmbeddingsUsage
  provider?: string
  /** Added by the SDK: the `X-Generation-Id` response header. */
  generationId?: string
}
