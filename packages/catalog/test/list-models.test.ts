import { describe, expect, it } from 'vitest'
import { isFreeModel, listModels } from '../src/index'
import { loadRawCatalog, type RawModel } from './fixture-catalog'

const raw = loadRawCatalog().models.data
const idsWhere = (predicate: (model: RawModel) => boolean) =>
  raw
    .filter(predicate)
    .map((model) => model.id)
    .sort()
const ids = (models: readonly { id: string }[]) => models.map((model) => model.id)

describe('listModels', () => {
  it('lists all 549 models of the output_modalities=all capture, sorted by id', () => {
    const models = listModels()
    expect(models).toHaveLength(549)
    expect(ids(models)).toEqual(idsWhere(() => true))
    expect(listModels()).toBe(models)
  })

  it('includes the non-text models that plain /models hides', () => {
    expect(listModels({ outputModality: 'embeddings' }).length).toBeGreaterThan(0)
    expect(listModels({ outputModality: 'speech' }).length).toBeGreaterThan(0)
    expect(listModels({ outputModality: 'transcription' }).length).toBeGreaterThan(0)
  })

  it('filters by input modality when inputModality is given', () => {
    const audio = listModels({ inputModality: 'audio' })
    expect(ids(audio)).toEqual(idsWhere((model) => model.architecture.input_modalities.includes('audio')))
    expect(audio).toHaveLength(64)
  })

  it('filters by output modality when outputModality is given', () => {
    const embeddings = listModels({ outputModality: 'embeddings' })
    expect(ids(embeddings)).toEqual(
      idsWhere((model) => model.architecture.output_modalities.includes('embeddings')),
    )
    expect(embeddings).toHaveLength(34)
  })

  it('filters by supported parameter when supportedParameter is given', () => {
    const tools = listModels({ supportedParameter: 'tools' })
    expect(ids(tools)).toEqual(idsWhere((model) => model.supported_parameters.includes('tools')))
    expect(tools).toHaveLength(347)
  })

  it('filters by tokenizer when tokenizer is given', () => {
    const claude = listModels({ tokenizer: 'Claude' })
    expect(claude).toHaveLength(28)
    expect(claude.every((model) => model.architecture.tokenizer === 'Claude')).toBe(true)
    expect(listModels({ tokenizer: 'claude' })).toHaveLength(0)
  })

  it('filters by author, aliases included, when author is given', () => {
    const openai = listModels({ author: 'openai' })
    expect(openai).toHaveLength(111)
    expect(ids(openai)).toContain('~openai/gpt-latest')
    expect(openai.every((model) => /^~?openai\//.test(model.id))).toBe(true)
  })

  it('keeps :free variants and zero-priced text models when free is true', () => {
    const free = listModels({ free: true })
    const freeIds = ids(free)
    expect(freeIds).toEqual(expect.arrayContaining(idsWhere((model) => model.id.endsWith(':free'))))
    expect(freeIds).toContain('openrouter/free')
    expect(freeIds).not.toContain('openai/sora-2-pro')
    expect(freeIds).not.toContain('openrouter/auto')
    expect(free.every(isFreeModel)).toBe(true)
    expect(listModels({ free: false })).toHaveLength(549 - free.length)
  })

  it('filters by context length when minContextLength is given', () => {
    const long = listModels({ minContextLength: 1_000_000 })
    expect(ids(long)).toEqual(idsWhere((model) => (model.context_length ?? 0) >= 1_000_000))
    expect(long).toHaveLength(130)
  })

  it('combines criteria with AND when several are given', () => {
    const models = listModels({ author: 'anthropic', supportedParameter: 'tools', minContextLength: 200_000 })
    expect(models.length).toBeGreaterThan(0)
    for (const model of models) {
      expect(model.id).toMatch(/^~?anthropic\//)
      expect(model.supported_parameters).toContain('tools')
      expect(model.context_length).toBeGreaterThanOrEqual(200_000)
    }
  })

  it('returns an empty list when nothing matches', () => {
    expect(listModels({ author: 'nobody' })).toEqual([])
  })
})
