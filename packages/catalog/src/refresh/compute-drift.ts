import type { StoredModel } from '../internal/stored-model'
import type { Provider } from '../model'

/** How one model that is in both snapshots changed. */
export interface ModelChange {
  readonly id: string
  /** Price keys whose value changed, with old and new decimal strings (`undefined` when absent). */
  readonly prices: readonly { key: string; before: unknown; after: unknown }[]
  readonly contextLength?: { before: number | null; after: number | null }
  readonly modalities?: { before: string; after: string }
  /** Other kept fields that changed (supported_parameters, name, ...). */
  readonly otherFields: readonly string[]
}

/** Everything that differs between the committed snapshot and a fresh one. */
export interface Drift {
  readonly added: readonly StoredModel[]
  readonly removed: readonly StoredModel[]
  readonly changed: readonly ModelChange[]
  readonly providersAdded: readonly string[]
  readonly providersRemoved: readonly string[]
  readonly providersChanged: readonly string[]
}

/** Compares two normalized snapshots row by row (by model id and provider slug). */
export function computeDrift(
  before: { models: readonly StoredModel[]; providers: readonly Provider[] },
  after: { models: readonly StoredModel[]; providers: readonly Provider[] },
): Drift {
  const oldModels = new Map(before.models.map((model) => [model.id, model]))
  const newModels = new Map(after.models.map((model) => [model.id, model]))
  const changed: ModelChange[] = []
  for (const model of after.models) {
    const old = oldModels.get(model.id)
    const change = old && compareModels(old, model)
    if (change) changed.push(change)
  }
  const oldProviders = new Map(before.providers.map((provider) => [provider.slug, provider]))
  const newProviders = new Map(after.providers.map((provider) => [provider.slug, provider]))
  return {
    added: after.models.filter((model) => !oldModels.has(model.id)),
    removed: before.models.filter((model) => !newModels.has(model.id)),
    changed,
    providersAdded: [...newProviders.keys()].filter((slug) => !oldProviders.has(slug)),
    providersRemoved: [...oldProviders.keys()].filter((slug) => !newProviders.has(slug)),
    providersChanged: after.providers
      .filter((provider) => {
        const old = oldProviders.get(provider.slug)
        return old !== undefined && !sameJson(old, provider)
      })
      .map((provider) => provider.slug),
  }
}

/** Whether a drift has anything in it. */
export function hasDrift(drift: Drift): boolean {
  return Object.values(drift).some((list: readonly unknown[]) => list.length > 0)
}

// Fields reported by their own category, so they are not repeated as "other".
const CLASSIFIED = new Set(['pricing', 'context_length'])

function compareModels(before: StoredModel, after: StoredModel): ModelChange | undefined {
  if (sameJson(before, after)) return undefined
  const oldPricing: Record<string, unknown> = before.pricing
  const newPricing: Record<string, unknown> = after.pricing
  const priceKeys = [...new Set([...Object.keys(oldPricing), ...Object.keys(newPricing)])].sort()
  const prices = priceKeys
    .filter((key) => !sameJson(oldPricing[key], newPricing[key]))
    .map((key) => ({ key, before: oldPricing[key], after: newPricing[key] }))
  // Upstream's own summary when it changed (what `listModels({ modality })` matches), else the lists.
  const summaryChanged = before.architecture.modality !== after.architecture.modality
  const modality = (model: StoredModel) =>
    summaryChanged
      ? model.architecture.modality
      : `${model.architecture.input_modalities.join('+')}->${model.architecture.output_modalities.join('+')}`
  const otherFields = Object.keys({ ...before, ...after })
    .filter((key) => !sameJson(comparable(before, key), comparable(after, key)))
    .sort()
  return {
    id: after.id,
    prices,
    ...(before.context_length !== after.context_length && {
      contextLength: { before: before.context_length, after: after.context_length },
    }),
    ...(!sameModalities(before, after) && {
      modalities: { before: modality(before), after: modality(after) },
    }),
    otherFields,
  }
}

function sameModalities(before: StoredModel, after: StoredModel): boolean {
  return (
    before.architecture.modality === after.architecture.modality &&
    sameJson(before.architecture.input_modalities, after.architecture.input_modalities) &&
    sameJson(before.architecture.output_modalities, after.architecture.output_modalities)
  )
}

// The value of `key` for the "other fields" comparison: classified fields compare equal, and
// `architecture` is compared without its modalities and their summary (reported on their own).
function comparable(model: StoredModel, key: string): unknown {
  if (CLASSIFIED.has(key)) return undefined
  if (key === 'architecture') {
    const { input_modalities, output_modalities, modality, ...rest } = model.architecture
    return rest
  }
  return (model as unknown as Record<string, unknown>)[key]
}

// Rows are normalized (keys sorted), so equal JSON text means equal content.
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
