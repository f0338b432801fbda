import type { CallOptions } from '@orsdk/transport'
import { checkOptions } from '../internal/live-input'
import { readData } from '../internal/live-request'
import type { KeyInfo } from './key-info'

/**
 * Reads the limits and usage of the current key, `GET /key`: check `limit_remaining` ahead of 402s.
 * Amounts are USD.
 *
 * @throws `OpenRouterError`: `auth` without a key (before any I/O) or for a key OpenRouter refuses;
 * `invalid_request` for non-object options; `decode` when the answer has no `data` object;
 * `transport`, `timeout`, `rate_limit`, `server` as for any call.
 * @example
 * ```ts
 * import { fetchKey } from '@orsdk/catalog/live'
 * const key = await fetchKey() // the key of OPENROUTER_API_KEY
 * console.log(key.label, key.limit_remaining ?? 'no limit', key.usage_daily)
 * ```
 */
export async function fetchKey(options?: CallOptions): Promise<KeyInfo> {
  return readData<KeyInfo>(
    { name: 'fetchKey', operation: 'key', path: '/key', auth: 'required', data: 'object' },
    checkOptions(options, 'fetchKey'),
  )
}
