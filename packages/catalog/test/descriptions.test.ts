import { describe, expect, it } from 'vitest'
import { modelDescription } from '../src/descriptions/index'
import { getModel, type ModelId } from '../src/index'
import { loadRawCatalog } from './fixture-catalog'

const raw = loadRawCatalog().models.data

describe('modelDescription', () => {
  it('returns the description /models sent for every listed id', () => {
    for (const row of raw) expect(modelDescription(row.id), row.id).toBe(row.description)
    expect(modelDescription('openai/gpt-4o')).toMatch(/^GPT-4o \("o" for "omni"\)/)
  })

  it("returns the base model's text when a variant is not listed", () => {
    expect(raw.some((row) => row.id === 'openai/gpt-4o:nitro')).toBe(false)
    expect(modelDescription('openai/gpt-4o:nitro')).toBe(modelDescription('openai/gpt-4o'))
  })

  it("returns an alias row's own text, and the target's through getModel", () => {
    expect(modelDescription('~openai/gpt-latest')).toMatch(/always redirects to the latest/)
    const target = getModel('~openai/gpt-latest')?.id ?? ''
    expect(target).toBe('openai/gpt-5.6-sol')
    expect(modelDescription(target)).toBe(raw.find((row) => row.id === target)?.description)
  })

  it('returns undefined without throwing when the id is unknown or not a string', () => {
    expect(modelDescription('acme/nothing')).toBeUndefined()
    expect(modelDescription('')).toBeUndefined()
    expect(modelDescription('constructor')).toBeUndefined()
    expect(modelDescription(42 as unknown as ModelId)).toBeUndefined()
  })
})
