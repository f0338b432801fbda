import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import type { Answer } from './internal/spec-types.js'

/**
 * Reads the account's credits, `GET /credits`: `total_credits` bought and `total_usage` spent,
 * in USD. Management key required.
 *
 * @throws `OpenRouterError`: `auth` without a key or with an inference key (the message says to
 * use a management key); `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { getCredits } from '@orsdk/admin'
 * const { data } = await getCredits({ apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(`balance: $${(data.total_credits - data.total_usage).toFixed(2)}`)
 * ```
 */
export function getCredits(options?: CallOptions): Promise<Answer<'getCredits'>> {
  return callOperation({ name: 'getCredits', method: 'GET', path: '/credits', management: true }, {}, options)
}
