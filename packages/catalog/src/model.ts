/**
 * A modality name as OpenRouter spells it. Known values autocomplete; any other string is accepted,
 * because upstream adds modalities without notice.
 */
export type Modality =
  | 'text'
  | 'image'
  | 'audio'
  | 'video'
  | 'file'
  | 'embeddings'
  | 'speech'
  | 'transcription'
  | 'rerank'
  | (string & Record<never, never>)

/** `architecture` of a model row: what goes in, what comes out, and how it is tokenized. */
export interface Architecture {
  /**
   * Inputs and outputs in one string, as OpenRouter writes it: `text+image->text`, `text->embeddings`.
   * `listModels({ modality })` matches it exactly.
   */
  readonly modality: string
  readonly input_modalities: readonly Modality[]
  readonly output_modalities: readonly Modality[]
  /** `GPT`, `Claude`, `Router`, `Other`, ... (an open string). */
  readonly tokenizer: string
  readonly instruct_type: string | null
}

/**
 * Prices exactly as `/models` sends them: decimal strings in USD per token, per request or per image.
 * Keys priced at zero are often omitted upstream; routers use `"-1"` for dynamic pricing.
 * Use `pricing(id)` for numbers.
 */
export interface RawPricing {
  readonly prompt: string
  readonly completion: string
  readonly [key: string]: unknown
}

/** `top_provider`: the limits of the provider OpenRouter routes to first. */
export interface TopProvider {
  readonly context_length: number | null
  readonly max_completion_tokens: number | null
  readonly is_moderated: boolean
}

/** `reasoning`: how a model's reasoning can be controlled. Present on reasoning models only. */
export interface Reasoning {
  readonly mandatory: boolean
  readonly default_enabled?: boolean
  readonly supported_efforts?: readonly string[] | null
  readonly default_effort?: string | null
  readonly supports_max_tokens?: boolean
}

/** `alias_target` of a `~author/name` alias row: the model the alias points to today. */
export interface AliasTarget {
  readonly slug: string
  readonly name: string
}

/** `links` of a model row: where its per-provider endpoints are listed. */
export interface ModelLinks {
  /** Path of the endpoints list, `/api/v1/models/<canonical_slug>/endpoints` (see `fetchModelEndpoints`). */
  readonly details: string
}

/** `per_request_limits`: token caps per request, when OpenRouter sets any (null on every model today). */
export interface PerRequestLimits {
  readonly prompt_tokens: number
  readonly completion_tokens: number
}

/**
 * One model row of the snapshot: the `/models?output_modalities=all` row with every field but two.
 * `description` ships in its own entry, `@orsdk/catalog/descriptions` (`modelDescription(id)`), so
 * that a `getModel` bundle does not carry it; `benchmarks` is not shipped (`fetchModels` from
 * `@orsdk/catalog/live` returns it). See the README for the sizes behind both choices.
 */
export interface Model {
  /** `author/slug`, possibly with a variant suffix (`:free`, `:batch`) or a `~` alias prefix. */
  readonly id: string
  /** Dated permaslug, e.g. `qwen/qwen3.8-27b-20260814`. */
  readonly canonical_slug: string
  readonly name: string
  /** Unix seconds. */
  readonly created: number
  readonly context_length: number | null
  readonly architecture: Architecture
  readonly pricing: RawPricing
  readonly top_provider: TopProvider
  readonly supported_parameters: readonly string[]
  readonly default_parameters: Readonly<Record<string, unknown>> | null
  readonly supported_voices: readonly string[] | null
  /** `YYYY-MM-DD` or null. */
  readonly knowledge_cutoff: string | null
  /** `YYYY-MM-DD` or null. */
  readonly expiration_date: string | null
  readonly hugging_face_id: string | null
  /** Derived from `canonical_slug` when the snapshot loads (the snapshot stores it only when upstream's differs). */
  readonly links: ModelLinks
  /** Null unless OpenRouter caps tokens per request for this model (none does in the 2026-08-19 snapshot). */
  readonly per_request_limits: PerRequestLimits | null
  readonly reasoning?: Reasoning
  readonly alias_target?: AliasTarget
}

/** One row of `/providers`. */
export interface Provider {
  readonly slug: string
  readonly name: string
  readonly privacy_policy_url: string | null
  readonly terms_of_service_url: string | null
  readonly status_page_url: string | null
  /** ISO 3166 alpha-2 or null. */
  readonly headquarters: string | null
  readonly datacenters: readonly string[] | null
}
