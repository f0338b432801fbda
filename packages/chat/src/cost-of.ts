import type { ChatUsage } from './response-types.js'

/** What one call cost you, in USD: see `costOf`. */
export interface UsageCost {
  /** Everything you pay for the call: OpenRouter's charge, plus the provider's bill on BYOK. */
  total: number
  /** What the provider charged for the inference, when the usage says it. */
  upstream?: number
  /** True when the call ran on your own provider key. */
  byok: boolean
}

/**
 * What a call cost you, from its `usage` (buffered, streamed, or summed by a tool loop), in USD.
 * Following OpenRouter's usage-accounting and BYOK guides:
 *
 * - `usage.cost` is what OpenRouter charged your credits (1 credit = 1 USD), with cache reads
 *   and writes already priced in: cache discounts are in it, not added on top;
 * - on BYOK (`usage.is_byok`), that charge is OpenRouter's fee only, and the provider bills
 *   `usage.cost_details.upstream_inference_cost` to your own provider account;
 * - so `total = cost + (is_byok ? upstream_inference_cost : 0)`.
 *
 * Returns `undefined` when the usage is missing or carries no cost at all (an aborted stream:
 * recover it from `/generation` with the middleware-kit recipe).
 *
 * @example
 * import { chat, costOf } from '@orsdk/chat'
 * const completion = await chat(params)
 * const cost = costOf(completion.usage)
 * console.log(`$${cost?.total.toFixed(6)}${cost?.byok ? ` (of which $${cost.upstream} to your provider)` : ''}`)
 */
export function costOf(usage: ChatUsage | undefined): UsageCost | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined
  const charged = finite(usage.cost)
  const upstream = finite(usage.cost_details?.upstream_inference_cost)
  if (charged === undefined && upstream === undefined) return undefined
  const byok = usage.is_byok === true
  const total = (charged ?? 0) + (byok ? (upstream ?? 0) : 0)
  return upstream === undefined ? { total, byok } : { total, upstream, byok }
}

const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
