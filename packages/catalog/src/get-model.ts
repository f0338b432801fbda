import { modelIndex } from './internal/load-snapshot'
import { stripVariant } from './internal/strip-variant'
import type { Model } from './model'
import type { ModelId } from './snapshot/model-id'

/**
 * Looks a model up by id in O(1).
 *
 * - A listed id returns its row (`openai/gpt-4o`, `z-ai/glm-5.2:free`).
 * - A variant id that is not listed (`x/y:free`, `x/y:thinking`, `x/y:nitro`) returns the row of its
 *   base model `x/y`, so routing code can still read limits and capabilities.
 * - A `~author/name` alias returns the row its `alias_target` points to (the model you would be
 *   served today); the alias row itself stays in {@link listModels}.
 *
 * Never throws; returns `undefined` for unknown ids.
 *
 * @example
 * ```ts
 * import { getModel } from '@orsdk/catalog'
 * getModel('openai/gpt-4o')?.context_length // 128000
 * getModel('~openai/gpt-latest')?.id        // 'openai/gpt-5.6-sol' in the 2026-08-19 snapshot
 * ```
 */
export function getModel(id: ModelId): Model | undefined {
  const index = modelIndex()
  const row = index.get(id) ?? index.get(stripVariant(id))
  const target = row?.alias_target ? index.get(row.alias_target.slug) : undefined
  return target ?? row
}

/**
 * The context length of a model in tokens, resolving variants and aliases like {@link getModel}.
 *
 * @example
 * ```ts
 * import { contextLength } from '@orsdk/catalog'
 * const fits = (contextLength('anthropic/claude-sonnet-5') ?? 0) >= 200_000
 * ```
 */
export function contextLength(id: ModelId): number | undefined {
  return getModel(id)?.context_length ?? undefined
}
