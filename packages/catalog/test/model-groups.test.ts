import { describe, expect, it } from 'vitest'
import {
  audioInputModels,
  chatModels,
  embeddingModels,
  speechModels,
  transcriptionModels,
  ttsModels,
} from '../src/index'
import { loadRawCatalog, type RawModel } from './fixture-catalog'

const raw = loadRawCatalog().models.data
const count = (predicate: (model: RawModel) => boolean) => raw.filter(predicate).length
const ids = (models: readonly { id: string }[]) => models.map((model) => model.id)
const outputs = (model: RawModel, modality: string) => model.architecture.output_modalities.includes(modality)

describe('model groups', () => {
  it('chatModels lists the 414 text-output models', () => {
    expect(chatModels()).toHaveLength(414)
    expect(chatModels()).toHaveLength(count((model) => outputs(model, 'text')))
  })

  it('ttsModels lists chat models that also output audio, for speak', () => {
    expect(ids(ttsModels())).toEqual(
      expect.arrayContaining(['openai/gpt-audio', 'openai/gpt-audio-mini', 'google/lyria-3-pro-preview']),
    )
    expect(ttsModels()).toHaveLength(4)
    expect(ttsModels().every((model) => model.architecture.output_modalities.includes('text'))).toBe(true)
  })

  it('audioInputModels lists models that take audio and answer text, for transcribe', () => {
    const models = audioInputModels()
    expect(models).toHaveLength(38)
    expect(ids(models)).toContain('openai/gpt-audio')
    for (const model of models) {
      expect(model.architecture.input_modalities).toContain('audio')
      expect(model.architecture.output_modalities).toContain('text')
    }
  })

  it('speechModels lists the /audio/speech models with their voices', () => {
    expect(speechModels()).toHaveLength(count((model) => outputs(model, 'speech')))
    expect(speechModels().find((model) => model.id === 'deepgram/flux-tts:free')?.supported_voices).toContain(
      'flux-alexis-en',
    )
  })

  it('transcriptionModels lists the /audio/transcriptions models', () => {
    expect(transcriptionModels()).toHaveLength(19)
    expect(ids(transcriptionModels())).toContain('mistralai/voxtral-mini-3b-2507')
  })

  it('embeddingModels lists the /embeddings models', () => {
    expect(embeddingModels()).toHaveLength(34)
    expect(ids(embeddingModels())).toContain('voyageai/voyage-code-4')
  })

  it('returns the same cached list on every call', () => {
    expect(chatModels()).toBe(chatModels())
    expect(ttsModels()).toBe(ttsModels())
  })
})
