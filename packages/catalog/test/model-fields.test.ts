import { describe, expect, it } from 'vitest'
import { getModel, listModels } from '../src/index'
import { loadRawCatalog } from './fixture-catalog'
import { fixtureModules } from './helpers/fixture-snapshot'

const raw = loadRawCatalog().models.data
const rawById = new Map(raw.map((row) => [row.id, row]))

describe('model rows', () => {
  it('keep every field of the /models row except description and benchmarks', () => {
    const models = listModels()
    expect(models).toHaveLength(raw.length)
    for (const model of models) {
      const row = rawById.get(model.id)
      if (!row) throw new Error(`${model.id} is not in the fixture`)
      const { description, benchmarks, ...kept } = row
      expect(typeof description, model.id).toBe('string')
      expect(model, model.id).toEqual(kept)
      expect(model, model.id).not.toHaveProperty('description')
      expect(model, model.id).not.toHaveProperty('benchmarks')
    }
  })

  it('carry links to the endpoints list, derived from canonical_slug as upstream sends them', () => {
    const model = getModel('openai/gpt-4o')
    expect(model?.links).toEqual({ details: `/api/v1/models/${model?.canonical_slug}/endpoints` })
    for (const model of listModels()) expect(model.links, model.id).toEqual(rawById.get(model.id)?.links)
  })

  it('carry per_request_limits, null on every model of the capture', () => {
    expect(raw.every((row) => row.per_request_limits === null)).toBe(true)
    expect(listModels().every((model) => model.per_request_limits === null)).toBe(true)
  })

  it('store neither derivable links, null limits nor descriptions in the module the main entry imports', () => {
    const { rows, descriptions } = fixtureModules()
    expect(rows).toHaveLength(549)
    for (const row of rows) {
      expect(row, row.id).not.toHaveProperty('links')
      expect(row, row.id).not.toHaveProperty('per_request_limits')
      expect(row, row.id).not.toHaveProperty('description')
    }
    expect(descriptions).toHaveLength(549)
    expect(JSON.stringify(rows)).not.toContain('"o" for "omni"')
  })
})
