import type { Model } from '../model'

/**
 * One Design Arena ranking of a model, in one arena and category.
 *
 * @example
 * ```ts
 * import { type DesignArenaEntry, fetchModels } from '@orsdk/catalog/live'
 * const [model] = await fetchModels({ q: 'claude' })
 * const best: DesignArenaEntry | undefined = model?.benchmarks?.design_arena[0]
 * ```
 */
export interface DesignArenaEntry {
  /** `models`, `builders`, `agents`, ... */
  readonly arena: string
  /** `website`, `gamedev`, `uicomponent`, ... */
  readonly category: string
  /** ELO rating from head-to-head battles. */
  readonly elo: number
  /** Win rate in percent. */
  readonly win_rate: number
  /** Rank among the models available on OpenRouter, 1 the highest ELO. */
  readonly rank: number
}

/**
 * Artificial Analysis index scores of a model (null where not rated).
 *
 * @example
 * ```ts
 * import { type ArtificialAnalysisIndexes, fetchModels } from '@orsdk/catalog/live'
 * const [model] = await fetchModels({ q: 'gpt' })
 * const scores: ArtificialAnalysisIndexes | undefined = model?.benchmarks?.artificial_analysis
 * ```
 */
export interface ArtificialAnalysisIndexes {
  readonly intelligence_index: number | null
  readonly coding_index: number | null
  readonly agentic_index: number | null
}

/**
 * `benchmarks` of a live model row: third-party rankings, absent when there are none.
 *
 * @example
 * ```ts
 * import { fetchModels, type ModelBenchmarks } from '@orsdk/catalog/live'
 * const benchmarks: ModelBenchmarks[] = (await fetchModels()).flatMap((model) => model.benchmarks ?? [])
 * ```
 */
export interface ModelBenchmarks {
  readonly design_arena: readonly DesignArenaEntry[]
  readonly artificial_analysis?: ArtificialAnalysisIndexes
}

/**
 * A model row as `GET /models` sends it: every field of the snapshot's `Model`, plus the two the
 * snapshot's rows leave out, `description` and `benchmarks`. Typed, never validated: fields
 * upstream adds later are kept.
 *
 * @example
 * ```ts
 * import { fetchModels, type LiveModel } from '@orsdk/catalog/live'
 * const models: LiveModel[] = await fetchModels({ output_modalities: 'text' })
 * for (const model of models) {
 *   console.log(model.id, model.description, model.benchmarks?.artificial_analysis?.coding_index)
 * }
 * ```
 */
export interface LiveModel extends Model {
  /** What the model is; `/models` may cut long texts short with `...`. */
  readonly description: string
  readonly benchmarks?: ModelBenchmarks
}
