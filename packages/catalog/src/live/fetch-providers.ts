import type { CallOptions } from '@orsdk/transport'
import { checkOptions } from '../internal/live-input'
import { readData } from '../internal/live-request'
import type { Provider } from '../model'

/**
 * Reads the live provider list, `GET /providers`. No key needed; one is sent if the client has it.
 *
 * @throws `OpenRouterError`: `invalid_request` for non-object options (before any I/O); `decode`
 * when the answer has no `data` array; `transport`, `timeout`, `rate_limit`, `server` as for any
 * call. A user's abort rejects with its `AbortError`.
 * @example
 * ```ts
 * import { fetchProviders } from '@orsdk/catalog/live'
 * const providers = await fetchProviders()
 * console.log(providers.filter((provider) => provider.headquarters === 'US').length)
 * ```
 */
export async function fetchProviders(options?: CallOptions): Promise<Provider[]> {
  return readData<Provider[]>(
    { name: 'fetchProviders', operation: 'providers', path: '/providers', auth: 'optional', data: 'array' },
    checkOptions(options, 'fetchProviders'),
  )
}
