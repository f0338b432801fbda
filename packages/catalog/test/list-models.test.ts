import { describe, expect, it } from 'vitest'
import { isFreeModel, listModels, type ModelFilter } from '../src/index'
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

  it('filters by the input->output modality string when modality is given', () => {
    const vision = listModels({ modality: 'text+image->text' })
    expect(ids(vision)).toEqual(idsWhere((model) => model.architecture.modality === 'text+image->text'))
    expect(vision).toHaveLength(51)
    expect(listModels({ modality: 'text->text' })).toHaveLength(157)
    expect(ids(listModels({ modality: 'audio->transcription' }))).toEqual(
      ids(listModels({ outputModality: 'transcription' })),
    )
  })

  it("matches upstream's modality string exactly, in OpenRouter's order, not the lists", () => {
    // gemini-3.7-flash lists its inputs as text, image, video, file, audio; the string orders them.
    const gemini = 'google/gemini-3.7-flash'
    expect(ids(listModels({ modality: 'text+image+file+audio+video->text' }))).toContain(gemini)
    expect(ids(listModels({ modality: 'text+image+video+file+audio->text' }))).not.toContain(gemini)
    expect(listModels({ modality: 'image+text->text' })).toEqual([])
  })

  it('combines modality with the other criteria when several are given', () => {
    expect(ids(listModels({ modality: 'text+image->text', author: 'google' }))).toEqual([
      'google/gemma-3-12b-it',
      'google/gemma-3-27b-it',
      'google/gemma-3-4b-it',
    ])
    const tools = listModels({ modality: 'text->text', supportedParameter: 'tools' })
    expect(tools).toHaveLength(116)
    expect(tools.every((model) => model.supported_parameters.includes('tools'))).toBe(true)
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

  it.each([
    [
      { modality: 'text' },
      /^listModels: filter\.modality: .*got "text"; .*use outputModality or inputModality$/,
    ],
    [{ modality: 'Text->Text' }, /^listModels: filter\.modality: must be lowercase .*got "Text->Text"$/],
    [{ modality: 'text+image -> text' }, /^listModels: filter\.modality: must be lowercase/],
    [{ modality: 'text->' }, /^listModels: filter\.modality: must be lowercase/],
    [{ modality: ['text->text'] }, /^listModels: filter\.modality: must be a string, got an array$/],
    [{ modalities: 'text->text' }, /^listModels: filter\.modalities: is not a criterion \(known: .*modality/],
    [{ free: 'yes' }, /^listModels: filter\.free: must be a boolean, got "yes"$/],
    [{ author: null }, /^listModels: filter\.author: must be a string, got null$/],
    [{ minContextLength: '1000' }, /^listModels: filter\.minContextLength: must be a number, got "1000"$/],
    [{ minContextLength: Number.NaN }, /^listModels: filter\.minContextLength: must be a finite number >= 0/],
    [{ minContextLength: -1 }, /^listModels: filter\.minContextLength: must be a finite number >= 0/],
    [null, /^listModels: filter: must be an object/],
    ['text->text', /^listModels: filter: must be an object/],
  ])('throws a TypeError naming the field when the filter is %j', (filter, message) => {
    const call = () => listModels(filter as ModelFilter)
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })

  it('ignores criteria set to undefined', () => {
    expect(listModels({ modality: undefined, author: 'anthropic' })).toEqual(
      listModels({ author: 'anthropic' }),
    )
  })
})
