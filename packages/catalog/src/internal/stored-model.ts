// A model row as the snapshot stores it, and how the full `Model` is rebuilt from it when loaded.
// Two fields cost bytes for nothing in almost every row, so they are stored only where they say
// something: `links` (549 times `/api/v1/models/<canonical_slug>/endpoints` in the 2026-08-19
// capture, 37 KB of JSON) only when upstream's differs from that, and `per_request_limits` only
// when it is not null. `description` is in `data/models.json` (reviewable next to its row), but the
// refresh moves it into a module of its own, which only `@orsdk/catalog/descriptions` imports.
import type { Model, ModelLinks, PerRequestLimits } from '../model'

/** A row of `data/models.json` (with `description`) or of the generated models module (without). */
export type StoredModel = Omit<Model, 'links' | 'per_request_limits'> & {
  readonly description?: string
  readonly links?: ModelLinks
  readonly per_request_limits?: PerRequestLimits
}

/** The `links` OpenRouter sends for a model, derived from its canonical slug. */
export function derivedLinks(canonicalSlug: string): ModelLinks {
  return { details: `/api/v1/models/${canonicalSlug}/endpoints` }
}

/**
 * Completes a freshly parsed row in place (it is not shared yet) and returns it as a `Model`:
 * the derived `links`, and `per_request_limits: null`, wherever the row does not store them.
 */
export function completeModel(row: StoredModel): Model {
  const fields = row as { links?: ModelLinks; per_request_limits?: PerRequestLimits | null }
  fields.links ??= derivedLinks(row.canonical_slug)
  fields.per_request_limits ??= null
  return row as Model
}
