import { afterEach, describe, expect, it, vi } from 'vitest'
import { contextLength, getModel, listModels } from '../src/index'
import { modelIndex } from '../src/internal/load-snapshot'

describe('getModel', () => {
  it('returns the row of a listed id', () => {
    const model = getModel('openai/gpt-4o')
    expect(model?.id).toBe('openai/gpt-4o')
    expect(model?.name).toMatch(/GPT-4o/)
    expect(model?.architecture.input_modalities).toContain('text')
  })

  it('returns a listed variant row itself when the variant is in the snapshot', () => {
    expect(getModel('openai/gpt-oss-20b:free')?.id).toBe('openai/gpt-oss-20b:free')
    expect(getModel('qwen/qwen-plus-2025-07-28:thinking')?.id).toBe('qwen/qwen-plus-2025-07-28:thinking')
  })

  it('resolves to the base model when a :free or :thinking variant is not listed', () => {
    expect(listModels().some((model) => model.id === 'openai/gpt-4o:free')).toBe(false)
    expect(getModel('openai/gpt-4o:free')?.id).toBe('openai/gpt-4o')
    expect(getModel('anthropic/claude-sonnet-5:thinking')?.id).toBe('anthropic/claude-sonnet-5')
  })

  it('follows alias_target when the id is a ~ alias', () => {
    const alias = listModels().find((model) => model.id === '~openai/gpt-latest')
    expect(alias?.alias_target?.slug).toBe('openai/gpt-5.6-sol')
    expect(getModel('~openai/gpt-latest')?.id).toBe('openai/gpt-5.6-sol')
    expect(getModel('~anthropic/claude-opus-latest')?.id).toBe('anthropic/claude-opus-5')
  })

  it('returns undefined when the id is unknown', () => {
    expect(getModel('nobody/nothing')).toBeUndefined()
    expect(getModel('nobody/nothing:free')).toBeUndefined()
    expect(getModel('')).toBeUndefined()
  })
})

describe('contextLength', () => {
  it('returns the context length of a model, a variant and an alias', () => {
    expect(contextLength('qwen/qwen3.8-27b')).toBe(262144)
    expect(contextLength('openai/gpt-4o:free')).toBe(getModel('openai/gpt-4o')?.context_length)
    expect(contextLength('~openai/gpt-latest')).toBe(getModel('openai/gpt-5.6-sol')?.context_length)
  })

  it('returns undefined when the id is unknown', () => {
    expect(contextLength('nobody/nothing')).toBeUndefined()
  })
})

describe('id lookups', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.resetModules()
  })

  it('go through one Map of every model, built once', () => {
    const index = modelIndex()
    expect(index).toBeInstanceOf(Map)
    expect(index.size).toBe(549)
    expect(modelIndex()).toBe(index)
    const get = vi.spyOn(Map.prototype, 'get')
    const find = vi.spyOn(Array.prototype, 'find')
    const filter = vi.spyOn(Array.prototype, 'filter')
    getModel('openai/gpt-4o')
    expect(get).toHaveBeenCalledWith('openai/gpt-4o')
    expect(find).not.toHaveBeenCalled()
    expect(filter).not.toHaveBeenCalled()
  })

  it('parse nothing at import and parse the snapshot once on first use', async () => {
    vi.resetModules()
    const { MODELS_JSON } = await import('../src/snapshot/models-json')
    const parse = vi.spyOn(JSON, 'parse')
    const snapshotParses = () => parse.mock.calls.filter(([text]) => text === MODELS_JSON).length
    const catalog = await import('../src/index')
    expect(snapshotParses()).toBe(0)
    catalog.getModel('openai/gpt-4o')
    catalog.getModel('anthropic/claude-opus-5')
    catalog.listModels({ free: true })
    expect(snapshotParses()).toBe(1)
  })
})
