import { checkFilter } from './internal/check-filter'
import { loadModels } from './internal/load-snapshot'
import type { Modality, Model } from './model'

/** Criteria for {@link listModels}; every given criterion must match (AND). */
export interface ModelFilter {
  /** `architecture.input_modalities` includes it, e.g. `'audio'`. */
  inputModality?: Modality
  /** `architecture.output_modalities` includes it, e.g. `'embeddings'`. */
  outputModality?: Modality
  /**
   * `architecture.modality` equals it: inputs and outputs in one string, exactly as OpenRouter writes
   * it, e.g. `'text+image->text'`: lowercase, `+` between modalities in OpenRouter's order (text,
   * image, file, audio, video), `->` between inputs and outputs. `'text'` alone is refused: use
   * {@link ModelFilter.outputModality} for "outputs text".
   */
  modality?: string
  /** `supported_parameters` includes it, e.g. `'tools'`. */
  supportedParameter?: string
  /** `architecture.tokenizer` equals it, e.g. `'Claude'` (case-sensitive, as upstream spells it). */
  tokenizer?: string
  /** The author part of the id (`openai` in `openai/gpt-4o` and `~openai/gpt-latest`). */
  author?: string
  /** `true`: free to call (see {@link isFreeModel}); `false`: the rest. */
  free?: boolean
  /** `context_length` is at least this many tokens. */
  minContextLength?: number
}

/**
 * Lists models from the embedded snapshot, sorted by id, optionally filtered. No network.
 * Without a filter it returns the snapshot's own (shared, read-only) array.
 *
 * @throws `TypeError` naming the field when `filter` is not an object, has a key that is not a
 * criterion, a value of the wrong type, a `modality` that is not an `input->output` string, or a
 * negative `minContextLength`.
 * @example
 * ```ts
 * import { listModels } from '@orsdk/catalog'
 * const candidates = listModels({ supportedParameter: 'tools', minContextLength: 200_000, free: false })
 * const rotation = candidates.map((model) => model.id)
 * const vision = listModels({ modality: 'text+image->text', author: 'google' })
 * ```
 */
export function listModels(filter?: ModelFilter): readonly Model[] {
  const checked = checkFilter(filter)
  const models = loadModels()
  if (!checked) return models
  return models.filter((model) => matchesFilter(model, checked))
}

function matchesFilter(model: Model, filter: ModelFilter): boolean {
  const { architecture } = model
  if (filter.inputModality !== undefined && !architecture.input_modalities.includes(filter.inputModality))
    return false
  if (filter.outputModality !== undefined && !architecture.output_modalities.includes(filter.outputModality))
    return false
  if (filter.modality !== undefined && architecture.modality !== filter.modality) return false
  if (
    filter.supportedParameter !== undefined &&
    !model.supported_parameters.includes(filter.supportedParameter)
  )
    return false
  if (filter.tokenizer !== undefined && architecture.tokenizer !== filter.tokenizer) return false
  if (filter.author !== undefined && authorOf(model.id) !== filter.author) return false
  if (filter.free !== undefined && isFreeModel(model) !== filter.free) return false
  if (filter.minContextLength !== undefined && (model.context_length ?? 0) < filter.minContextLength)
    return false
  return true
}

function authorOf(id: string): string {
  const start = id.startsWith('~') ? 1 : 0
  const slash = id.indexOf('/')
  return slash === -1 ? id.slice(start) : id.slice(start, slash)
}

// Media models (video, rerank, music) list every token price as "0" because they are billed per
// unit that /models does not expose, so "all prices zero" alone would call Sora free. A model is
// free when it is a `:free` variant, or when all its prices are zero and it only outputs text or
// embeddings (e.g. the `openrouter/free` router).
const TOKEN_BILLED_OUTPUTS: readonly string[] = ['text', 'embeddings']

/**
 * Whether a model is free to call: a `:free` variant, or a text/embeddings model whose every
 * listed price is zero.
 *
 * @example
 * ```ts
 * import { getModel, isFreeModel } from '@orsdk/catalog'
 * const model = getModel('openai/gpt-oss-20b:free')
 * if (model && isFreeModel(model)) console.log('no charge')
 * ```
 */
export function isFreeModel(model: Model): boolean {
  if (model.id.endsWith(':free')) return true
  const outputs = model.architecture.output_modalities
  if (!outputs.every((output) => TOKEN_BILLED_OUTPUTS.includes(output))) return false
  return Object.values(model.pricing).every((value) => typeof value !== 'string' || Number(value) === 0)
}
