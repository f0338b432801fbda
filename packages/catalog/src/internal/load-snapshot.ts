// The snapshot ships as JSON text inside JS string literals: V8 scans a string literal far faster
// than it parses an equivalent object literal, and nothing is parsed until the first query.
// Importing the package therefore costs only reading the module; the parse and the id maps are
// built once, on first use, and cached for the life of the process.
import type { Model, Provider } from '../model'
import { MODELS_JSON } from '../snapshot/models-json'
import { PROVIDERS_JSON } from '../snapshot/providers-json'
import { completeModel, type StoredModel } from './stored-model'

let models: readonly Model[] | undefined
let modelsById: ReadonlyMap<string, Model> | undefined
let providers: readonly Provider[] | undefined
let providersBySlug: ReadonlyMap<string, Provider> | undefined

/** Every model row, sorted by id, parsed and completed (see stored-model.ts) on first call. */
export function loadModels(): readonly Model[] {
  models ??= (JSON.parse(MODELS_JSON) as StoredModel[]).map(completeModel)
  return models
}

/** The id -> model map behind O(1) lookups, built on first call. */
export function modelIndex(): ReadonlyMap<string, Model> {
  modelsById ??= new Map(loadModels().map((model) => [model.id, model]))
  return modelsById
}

/** Every provider row, sorted by slug, parsed on first call. */
export function loadProviders(): readonly Provider[] {
  providers ??= JSON.parse(PROVIDERS_JSON) as Provider[]
  return providers
}

/** The slug -> provider map, built on first call. */
export function providerIndex(): ReadonlyMap<string, Provider> {
  providersBySlug ??= new Map(loadProviders().map((provider) => [provider.slug, provider]))
  return providersBySlug
}
