/**
 * One upstream attempt of a generation (OpenRouter may try several providers).
 *
 * @example
 * ```ts
 * import { fetchGeneration } from '@orsdk/catalog/live'
 * const attempts = (await fetchGeneration('gen-...')).provider_responses ?? []
 * console.log(attempts.map((attempt) => `${attempt.provider_name}: ${attempt.status}`))
 * ```
 */
export interface ProviderResponse {
  readonly id?: string
  readonly endpoint_id?: string
  readonly model_permaslug?: string
  readonly provider_name?: string
  /** HTTP status of the attempt. */
  readonly status: number | null
  readonly latency?: number
  readonly is_byok?: boolean
}

/**
 * What `fetchGeneration` returns: the stats of one generation (`GET /generation?id=`). Typed,
 * never validated; most fields are null until OpenRouter has the figure. Costs in USD, times in ms.
 *
 * @example
 * ```ts
 * import { fetchGeneration, type Generation } from '@orsdk/catalog/live'
 * const generation: Generation = await fetchGeneration('gen-...')
 * console.log(generation.model, generation.total_cost, generation.latency)
 * ```
 */
export interface Generation {
  readonly id: string
  readonly request_id?: string | null
  readonly upstream_id: string | null
  readonly app_id?: number | null
  readonly origin: string
  readonly http_referer?: string | null
  readonly user_agent?: string | null
  readonly external_user?: string | null
  readonly preset_id?: string | null
  readonly session_id?: string | null
  readonly workspace_id?: string | null
  readonly router?: string | null
  readonly data_region?: string | null
  /** The model that answered. */
  readonly model: string
  readonly provider_name: string | null
  readonly provider_responses?: readonly ProviderResponse[] | null
  /** `completions`, `embeddings`, `rerank`, `tts`, `stt`, `video`, `image` (an open string). */
  readonly api_type: string | null
  readonly streamed: boolean | null
  readonly cancelled: boolean | null
  readonly finish_reason: string | null
  readonly native_finish_reason: string | null
  readonly service_tier?: string | null
  readonly is_byok: boolean
  readonly latency: number | null
  readonly generation_time: number | null
  readonly moderation_latency: number | null
  readonly total_cost: number
  readonly usage: number
  readonly upstream_inference_cost: number | null
  readonly cache_discount: number | null
  readonly tokens_prompt: number | null
  readonly tokens_completion: number | null
  readonly native_tokens_prompt: number | null
  readonly native_tokens_completion: number | null
  readonly native_tokens_reasoning: number | null
  readonly native_tokens_cached: number | null
  readonly native_tokens_completion_images?: number | null
  readonly num_media_prompt?: number | null
  readonly num_media_completion?: number | null
  readonly num_input_audio_prompt?: number | null
  readonly num_search_results?: number | null
  readonly num_fetches?: number | null
  readonly web_search_engine?: string | null
  /** ISO 8601. */
  readonly created_at: string
  readonly response_cache_source_id?: string | null
}
