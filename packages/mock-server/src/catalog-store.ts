import { bundledModels, bundledProviders } from './bundled-fixtures'
import { isRecord } from './is-record'

/** The served catalog documents, swappable at run time, with a small cache of serialized responses. */
export interface CatalogStore {
  models(): unknown
  providers(): unknown
  /** Finds a model row by id or canonical slug. */
  findModel(id: string): Record<string, unknown> | undefined
  /** Returns the cached serialization under `key`, computing it once per catalog. */
  cached(key: string, compute: () => string): string
  set(catalog: { models?: unknown; providers?: unknown }): void
}

const CACHE_LIMIT = 32

/** Creates a catalog store; undefined documents fall back to the bundled snapshots. */
export function createCatalogStore(initial: { models?: unknown; providers?: unknown }): CatalogStore {
  let models = initial.models
  let providers = initial.providers
  let index: Map<string, Record<string, unknown>> | undefined
  const cache = new Map<string, string>()

  const currentModels = (): unknown => models ?? bundledModels()

  const buildIndex = (): Map<string, Record<string, unknown>> => {
    const map = new Map<string, Record<string, unknown>>()
    const document = currentModels()
    const rows = isRecord(document) && Array.isArray(document.data) ? document.data : []
    for (const row of rows) {
      if (!isRecord(row)) continue
      if (typeof row.id === 'string') map.set(row.id, row)
      if (typeof row.canonical_slug === 'string' && !map.has(row.canonical_slug))
        map.set(row.canonical_slug, row)
    }
    return map
  }

  return {
    models: currentModels,
    providers: () => providers ?? bundledProviders(),
    findModel(id) {
      index ??= buildIndex()
      return index.get(id)
    },
    cached(key, compute) {
      let value = cache.get(key)
      if (value === undefined) {
        if (cache.size >= CACHE_LIMIT) cache.clear()
        value = compute()
        cache.set(key, value)
      }
      return value
    },
    set(catalog) {
      if ('models' in catalog) models = catalog.models
      if ('providers' in catalog) providers = catalog.providers
      index = undefined
      cache.clear()
    },
  }
}
