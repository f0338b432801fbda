import { loadProviders, providerIndex } from './internal/load-snapshot'
import type { Provider } from './model'
import type { ProviderSlug } from './snapshot/provider-slug'

/**
 * Lists every provider of the embedded snapshot, sorted by slug. No network.
 *
 * @example
 * ```ts
 * import { listProviders } from '@orsdk/catalog'
 * const inEurope = listProviders().filter((provider) => provider.datacenters?.includes('DE'))
 * ```
 */
export function listProviders(): readonly Provider[] {
  return loadProviders()
}

/**
 * Looks a provider up by slug in O(1); `undefined` when unknown.
 *
 * @example
 * ```ts
 * import { getProvider } from '@orsdk/catalog'
 * getProvider('sambanova')?.status_page_url // 'https://status.sambanova.ai/'
 * ```
 */
export function getProvider(slug: ProviderSlug): Provider | undefined {
  return providerIndex().get(slug)
}
