import { describe, expect, it } from 'vitest'
import { chatModalities, getModel, imageModels, rerankModels, videoModels } from '../src/index'
import { loadRawCatalog, type RawModel } from './fixture-catalog'

const raw = loadRawCatalog().models.data
const withOutput = (modality: string) =>
  raw
    .filter((model: RawModel) => model.architecture.output_modalities.includes(modality))
    .map((model) => model.id)
const ids = (models: readonly { id: string }[]) => models.map((model) => model.id)

describe('media model groups', () => {
  it('imageModels lists every model with image output, image-only and chat ones alike', () => {
    expect(ids(imageModels()).sort()).toEqual(withOutput('image').sort())
    expect(ids(imageModels())).toEqual(
      expect.arrayContaining(['openai/gpt-image-1', 'google/gemini-3-pro-image']),
    )
    expect(imageModels()).toBe(imageModels())
  })

  it('videoModels and rerankModels list the models of /videos and /rerank', () => {
    expect(ids(videoModels()).sort()).toEqual(withOutput('video').sort())
    expect(ids(videoModels())).toContain('google/veo-3.1')
    expect(ids(rerankModels()).sort()).toEqual(withOutput('rerank').sort())
    expect(rerankModels().length).toBeGreaterThan(0)
  })
})

describe('chatModalities', () => {
  it('asks an image-only model for images alone, never for text', () => {
    expect(getModel('openai/gpt-image-1')?.architecture.output_modalities).toEqual(['image'])
    expect(chatModalities('openai/gpt-image-1')).toEqual(['image'])
  })

  it('asks a model that draws and writes for both, and a text model for text', () => {
    expect(chatModalities('google/gemini-3-pro-image')).toEqual(['image', 'text'])
    expect(chatModalities('openai/gpt-4o')).toEqual(['text'])
  })

  it('leaves audio out, and is undefined for unknown models and ones without text or image output', () => {
    const speaking = raw.find((model) => model.architecture.output_modalities.includes('audio'))
    expect(chatModalities(speaking?.id ?? '')).toEqual(['text'])
    expect(chatModalities('nobody/no-such-model')).toBeUndefined()
    expect(chatModalities(withOutput('embeddings')[0] ?? '')).toBeUndefined()
  })

  it('gives every image model in the snapshot modalities that include image', () => {
    for (const model of imageModels()) expect(chatModalities(model.id)).toContain('image')
  })
})
