// The descriptions ship apart from the rows: 130 KB of JSON (30 KB gzip) in the 2026-08-19
// snapshot, as much as every other field together, and read by few. Only this entry imports them,
// so a bundle that calls `getModel` alone never carries them.
import { stripVariant } from '../internal/strip-variant'
import { DESCRIPTIONS_JSON } from '../snapshot/descriptions-json'
import type { ModelId } from '../snapshot/model-id'

let descriptions: ReadonlyMap<string, string> | undefined

/**
 * The description of a model, as `/models` sends it, from the embedded snapshot. No network.
 *
 * - A listed id returns its row's own text (a `~author/name` alias row says it redirects; use
 *   `getModel(id)?.id` first for the model it points to).
 * - A variant id that is not listed (`x/y:nitro`) returns the text of its base model `x/y`.
 *
 * Parsed on first call. Never throws; returns `undefined` for unknown ids and empty descriptions.
 * `/models` may cut long texts short with `...`; `fetchModels()` and `fetchModelEndpoints(id)` from
 * `@orsdk/catalog/live` read the current text.
 *
 * @example
 * ```ts
 * import { getModel } from '@orsdk/catalog'
 * import { modelDescription } from '@orsdk/catalog/descriptions'
 * const model = getModel('~openai/gpt-latest')
 * console.log(model?.name, modelDescription(model?.id ?? ''))
 * ```
 */
export function modelDescription(id: ModelId): string | undefined {
  if (typeof id !== 'string') return undefined
  descriptions ??= new Map(JSON.parse(DESCRIPTIONS_JSON) as [string, string][])
  return descriptions.get(id) ?? descriptions.get(stripVariant(id))
}
