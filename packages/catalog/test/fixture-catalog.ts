// The raw captures the shipped snapshot was seeded from (see README), copied into test/fixtures so
// the tests read nothing outside the package.
import { readFileSync } from 'node:fs'

export interface RawModel {
  id: string
  name: string
  pricing: Record<string, unknown>
  context_length: number | null
  architecture: {
    modality: string
    input_modalities: string[]
    output_modalities: string[]
    tokenizer: string
  }
  supported_parameters: string[]
  alias_target?: { slug: string; name: string }
  [key: string]: unknown
}

export interface RawCatalog {
  models: { data: RawModel[]; [key: string]: unknown }
  providers: { data: { slug: string; [key: string]: unknown }[] }
}

export const FIXTURES = {
  modelsAll: new URL('./fixtures/models-all.json', import.meta.url),
  modelsTextOnly: new URL('./fixtures/models-text-only.json', import.meta.url),
  providers: new URL('./fixtures/providers.json', import.meta.url),
}

/** A fresh, mutable copy of the captured catalog. */
export function loadRawCatalog(): RawCatalog {
  return {
    models: JSON.parse(readFileSync(FIXTURES.modelsAll, 'utf8')),
    providers: JSON.parse(readFileSync(FIXTURES.providers, 'utf8')),
  }
}

/** The captured catalog with `acme/new-model` added, `openai/gpt-4o-mini` removed, gpt-4o repriced. */
export function driftedCatalog(): RawCatalog {
  const catalog = loadRawCatalog()
  const models = catalog.models.data.filter((model) => model.id !== 'openai/gpt-4o-mini')
  const gpt4o = models.find((model) => model.id === 'openai/gpt-4o')
  if (!gpt4o) throw new Error('fixture lacks openai/gpt-4o')
  models.push({ ...structuredClone(gpt4o), id: 'acme/new-model', name: 'Acme: New Model' })
  gpt4o.pricing = { ...gpt4o.pricing, prompt: '0.000003' }
  catalog.models.data = models
  return catalog
}
