// OpenRouter's provider routing (spec `ProviderPreferences`): the same object on chat
// completions, messages, embeddings and the audio endpoints, so it is typed once, here.

/** A USD price cap per million tokens (or per image, audio unit, request), as strings or numbers. */
export interface MaxPrice {
  prompt?: number | string
  completion?: number | string
  image?: number | string
  audio?: number | string
  request?: number | string
}

/** A cutoff given as one number or per percentile. */
export type PercentileCutoff = number | { p50?: number; p75?: number; p90?: number; p99?: number }

/** How OpenRouter picks and falls back between providers for this request. */
export interface ProviderPreferences {
  /** Provider slugs to try in order, e.g. `['anthropic', 'openai/priority']`. */
  order?: string[]
  /** Only these providers. */
  only?: string[]
  /** Never these providers. */
  ignore?: string[]
  /** Fall back to other providers when the preferred ones fail (default true). */
  allow_fallbacks?: boolean | null
  /** Only providers that support every parameter of the request. */
  require_parameters?: boolean | null
  data_collection?: 'allow' | 'deny' | (string & {}) | null
  /** Zero data retention endpoints only. */
  zdr?: boolean | null
  enforce_distillable_text?: boolean | null
  quantizations?: Array<
    | 'int4'
    | 'int8'
    | 'fp4'
    | 'mxfp4'
    | 'nvfp4'
    | 'fp6'
    | 'fp8'
    | 'mxfp8'
    | 'fp16'
    | 'bf16'
    | 'fp32'
    | 'unknown'
    | (string & {})
  >
  sort?:
    | 'price'
    | 'throughput'
    | 'latency'
    | 'exacto'
    | (string & {})
    | {
        by: 'price' | 'throughput' | 'latency' | 'exacto' | (string & {})
        partition?: 'model' | 'none' | (string & {})
      }
  max_price?: MaxPrice
  /** Tokens per second; providers below it are deprioritized. */
  preferred_min_throughput?: PercentileCutoff
  /** Seconds; providers above it are deprioritized. */
  preferred_max_latency?: PercentileCutoff
}
