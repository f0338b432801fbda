import type { Model, Provider } from '../model'
import type { ModelsResponse } from './models-response-schema'
import type { ProvidersResponse } from './providers-response-schema'
import { RefreshError } from './refresh-error'

// What the snapshot keeps of a model row. Dropped: `description` (long, and cut to "..." upstream),
// `links` (derivable from canonical_slug), `per_request_limits` (always null) and `benchmarks`.
const MODEL_FIELDS = [
  'alias_target',
  'architecture',
  'canonical_slug',
  'context_length',
  'created',
  'default_parameters',
  'expiration_date',
  'hugging_face_id',
  'id',
  'knowledge_cutoff',
  'name',
  'pricing',
  'reasoning',
  'supported_parameters',
  'supported_voices',
  'top_provider',
] as const

// Fields typed `T | null`: an absent key becomes null so the `Model` type holds.
const MODEL_NULLABLE = [
  'default_parameters',
  'expiration_date',
  'hugging_face_id',
  'knowledge_cutoff',
  'supported_voices',
] as const
// Fields typed optional: an absent or null key is left out.
const MODEL_OPTIONAL = ['alias_target', 'reasoning'] as const
const PROVIDER_NULLABLE = [
  'datacenters',
  'headquarters',
  'privacy_policy_url',
  'status_page_url',
  'terms_of_service_url',
] as const

/**
 * Keeps the shipped fields of each model, sorts models by id and every object's keys, so that a
 * refresh diff shows only real changes. Throws {@link RefreshError} on a duplicate id.
 */
export function normalizeModels(response: ModelsResponse): Model[] {
  const rows = response.data.map((row) => {
    const source: Record<string, unknown> = row
    const kept: Record<string, unknown> = {}
    for (const key of MODEL_FIELDS) if (source[key] !== undefined) kept[key] = source[key]
    for (const key of MODEL_NULLABLE) kept[key] ??= null
    for (const key of MODEL_OPTIONAL) if (kept[key] === null) delete kept[key]
    return sortKeys(kept) as Model
  })
  return sortById(rows, (model) => model.id, 'model id')
}

/** Sorts providers by slug and every object's keys; absent nullable fields become null. */
export function normalizeProviders(response: ProvidersResponse): Provider[] {
  const rows = response.data.map((row) => {
    const kept: Record<string, unknown> = { ...row }
    for (const key of PROVIDER_NULLABLE) kept[key] ??= null
    return sortKeys(kept) as Provider
  })
  return sortById(rows, (provider) => provider.slug, 'provider slug')
}

/** Returns a deep copy of `value` with object keys in code-unit order; arrays keep their order. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const sorted: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key])
  return sorted
}

function sortById<T>(rows: T[], idOf: (row: T) => string, what: string): T[] {
  const sorted = [...rows].sort((a, b) => compare(idOf(a), idOf(b)))
  for (let index = 1; index < sorted.length; index++) {
    const id = idOf(sorted[index] as T)
    if (id === idOf(sorted[index - 1] as T)) throw new RefreshError(`Duplicate ${what} "${id}" upstream`)
  }
  return sorted
}

// Code-unit order (not localeCompare), so the order is identical on every machine and locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
