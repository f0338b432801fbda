import { derivedLinks, type StoredModel } from '../internal/stored-model'
import type { Provider } from '../model'
import type { ModelsResponse } from './models-response-schema'
import type { ProvidersResponse } from './providers-response-schema'
import { RefreshError } from './refresh-error'

// What the snapshot keeps of a model row: every field but `benchmarks` (135 KB of JSON in the
// 2026-08-19 capture, for 235 models; `fetchModels` from the live entry returns it).
const MODEL_FIELDS = [
  'alias_target',
  'architecture',
  'canonical_slug',
  'context_length',
  'created',
  'default_parameters',
  'description',
  'expiration_date',
  'hugging_face_id',
  'id',
  'knowledge_cutoff',
  'links',
  'name',
  'per_request_limits',
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
// Fields typed optional, and fields stored only when they say something (see
// internal/stored-model.ts): an absent or null key is left out.
const MODEL_OPTIONAL = ['alias_target', 'description', 'per_request_limits', 'reasoning'] as const
const PROVIDER_NULLABLE = [
  'datacenters',
  'headquarters',
  'privacy_policy_url',
  'status_page_url',
  'terms_of_service_url',
] as const

/**
 * Keeps the shipped fields of each model, sorts models by id and every object's keys, so that a
 * refresh diff shows only real changes. `links` is dropped where the loader derives the same value
 * from `canonical_slug`. Throws {@link RefreshError} on a duplicate id.
 */
export function normalizeModels(response: ModelsResponse): StoredModel[] {
  const rows = response.data.map((row) => {
    const source: Record<string, unknown> = row
    const kept: Record<string, unknown> = {}
    for (const key of MODEL_FIELDS) if (source[key] !== undefined) kept[key] = source[key]
    for (const key of MODEL_NULLABLE) kept[key] ??= null
    for (const key of MODEL_OPTIONAL) if (kept[key] === null) delete kept[key]
    if (isDerivable(kept.links, row.canonical_slug)) delete kept.links
    return sortKeys(kept) as StoredModel
  })
  return sortById(rows, (model) => model.id, 'model id')
}

// Absent, or exactly what `derivedLinks` rebuilds: then the row need not store it.
function isDerivable(links: unknown, canonicalSlug: string): boolean {
  if (links === undefined || links === null) return true
  const keys = Object.keys(links)
  const details = (links as { details?: unknown }).details
  return keys.length === 1 && details === derivedLinks(canonicalSlug).details
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
