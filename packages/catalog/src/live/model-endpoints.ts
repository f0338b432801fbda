import type { Architecture, RawPricing } from '../model'

/**
 * Percentiles over the last 30 minutes: milliseconds for latency, tokens per second for throughput.
 *
 * @example
 * ```ts
 * import { fetchModelEndpoints } from '@orsdk/catalog/live'
 * const { endpoints } = await fetchModelEndpoints('openai/gpt-4o-mini')
 * const p90: number | undefined = endpoints[0]?.latency_last_30m?.p90
 * ```
 */
export interface Percentiles {
  readonly p50: number
  readonly p75: number
  readonly p90: number
  readonly p99: number
}

/**
 * One provider endpoint serving a model, as `GET /models/{author}/{slug}/endpoints` lists it.
 * Typed, never validated: fields upstream adds later are kept.
 *
 * @example
 * ```ts
 * import { type Endpoint, fetchModelEndpoints } from '@orsdk/catalog/live'
 * const up: Endpoint[] = (await fetchModelEndpoints('openai/gpt-4o-mini')).endpoints.filter((endpoint) => endpoint.status === 0)
 * ```
 */
export interface Endpoint {
  /** `Provider | model permaslug`. */
  readonly name: string
  /** The model's permaslug. */
  readonly model_id: string
  readonly model_name: string
  readonly provider_name: string
  /** Routing tag, e.g. `openai` or `openai/priority`. */
  readonly tag: string
  readonly context_length: number
  readonly max_completion_tokens: number | null
  readonly max_prompt_tokens: number | null
  /** Decimal strings, the keys of the model's `pricing`. */
  readonly pricing: RawPricing
  /** `fp8`, `bf16`, ... or null when unknown. */
  readonly quantization: string | null
  readonly supported_parameters: readonly string[]
  readonly supports_implicit_caching: boolean
  readonly supports_voice_cloning?: boolean
  /** `0` is up; negative values (-1, -2, -3, -5, -10) mark degraded or disabled endpoints. */
  readonly status?: number
  /** Percent of successful requests, null without traffic. */
  readonly uptime_last_5m: number | null
  readonly uptime_last_30m: number | null
  readonly uptime_last_1d: number | null
  readonly latency_last_30m: Percentiles | null
  readonly throughput_last_30m: Percentiles | null
}

/**
 * What `fetchModelEndpoints` returns: the model and every endpoint serving it now.
 *
 * @example
 * ```ts
 * import { fetchModelEndpoints, type ModelEndpoints } from '@orsdk/catalog/live'
 * const model: ModelEndpoints = await fetchModelEndpoints('openai/gpt-4o-mini')
 * console.log(model.endpoints.map((endpoint) => endpoint.tag))
 * ```
 */
export interface ModelEndpoints {
  readonly id: string
  readonly name: string
  /** Unix seconds. */
  readonly created: number
  readonly description: string
  readonly architecture: Architecture
  readonly endpoints: readonly Endpoint[]
}
