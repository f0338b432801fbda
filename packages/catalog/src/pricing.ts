import { getModel } from './get-model'
import type { ModelId } from './snapshot/model-id'

/** A conditional price tier from `pricing.overrides` (by prompt size or time of day), as numbers. */
export type PricingOverride = Readonly<Record<string, number>>

/**
 * A model's prices as numbers in USD: per token for token keys, per request for `request`, per image
 * for `image`, per search for `web_search`. A key the API omitted is `0`; `-1` (routers such as
 * `openrouter/auto`) means the price is dynamic and is kept as `-1`.
 */
export interface Pricing {
  readonly prompt: number
  readonly completion: number
  readonly request: number
  readonly image: number
  readonly image_token: number
  readonly image_output: number
  readonly audio: number
  readonly audio_output: number
  readonly input_audio_cache: number
  readonly web_search: number
  readonly internal_reasoning: number
  readonly input_cache_read: number
  readonly input_cache_write: number
  readonly input_cache_write_1h: number
  /** Fractional discount, `0` when none. */
  readonly discount: number
  /** Conditional tiers, empty when none. */
  readonly overrides: readonly PricingOverride[]
}

type PriceKey = Exclude<keyof Pricing, 'overrides'>

const PRICE_KEYS: readonly PriceKey[] = [
  'prompt',
  'completion',
  'request',
  'image',
  'image_token',
  'image_output',
  'audio',
  'audio_output',
  'input_audio_cache',
  'web_search',
  'internal_reasoning',
  'input_cache_read',
  'input_cache_write',
  'input_cache_write_1h',
  'discount',
]

/**
 * The prices of a model as numbers (USD per token, per request, per image), resolving variants and
 * aliases like `getModel`. Returns `undefined` for unknown ids.
 *
 * @example
 * ```ts
 * import { pricing } from '@orsdk/catalog'
 * const price = pricing('openai/gpt-4o')
 * const usd = price ? 1_000 * price.prompt + 500 * price.completion : undefined
 * pricing('openrouter/auto')?.prompt // -1: dynamic
 * ```
 */
export function pricing(id: ModelId): Pricing | undefined {
  const raw = getModel(id)?.pricing
  if (!raw) return undefined
  const prices = Object.fromEntries(PRICE_KEYS.map((key) => [key, toNumber(raw[key])]))
  const overrides = Array.isArray(raw.overrides) ? raw.overrides.map(toOverride) : []
  return { ...(prices as Record<PriceKey, number>), overrides }
}

function toOverride(tier: unknown): PricingOverride {
  if (typeof tier !== 'object' || tier === null) return {}
  return Object.fromEntries(Object.entries(tier).map(([key, value]) => [key, toNumber(value)]))
}

// Upstream sends decimal strings ("0.0000025"); the refresh validates them, so Number() is exact
// enough for prices and never NaN on shipped data. Absent keys mean zero: OpenRouter
// leaves out a price a model does not charge.
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.trim() !== '') return Number(value)
  return 0
}
