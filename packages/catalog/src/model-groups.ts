import { loadModels } from './internal/load-snapshot'
import type { Modality, Model } from './model'

// Each group is a fixed predicate over the snapshot, so its result is computed once, on first use.
let groups: Map<string, readonly Model[]> | undefined

function group(name: string, predicate: (model: Model) => boolean): readonly Model[] {
  groups ??= new Map()
  let models = groups.get(name)
  if (!models) {
    models = loadModels().filter(predicate)
    groups.set(name, models)
  }
  return models
}

const inputs = (model: Model, modality: Modality) => model.architecture.input_modalities.includes(modality)
const outputs = (model: Model, modality: Modality) => model.architecture.output_modalities.includes(modality)

/**
 * Models that answer `/chat/completions` with text (output modalities include `text`).
 *
 * @example
 * ```ts
 * import { chatModels } from '@orsdk/catalog'
 * const ids = chatModels().map((model) => model.id)
 * ```
 */
export function chatModels(): readonly Model[] {
  return group('chat', (model) => outputs(model, 'text'))
}

/**
 * Chat models that can also answer with audio (output modalities include `text` and `audio`): the
 * models for `@orsdk/audio`'s `speak`.
 *
 * @example
 * ```ts
 * import { ttsModels } from '@orsdk/catalog'
 * const model = ttsModels().find((candidate) => candidate.id.startsWith('openai/'))?.id
 * ```
 */
export function ttsModels(): readonly Model[] {
  return group('tts', (model) => outputs(model, 'text') && outputs(model, 'audio'))
}

/**
 * Models that take audio in and answer with text: the models for `@orsdk/audio`'s `transcribe`.
 *
 * @example
 * ```ts
 * import { audioInputModels } from '@orsdk/catalog'
 * const cheapest = [...audioInputModels()].sort((a, b) => Number(a.pricing.prompt) - Number(b.pricing.prompt))[0]
 * ```
 */
export function audioInputModels(): readonly Model[] {
  return group('audio-input', (model) => inputs(model, 'audio') && outputs(model, 'text'))
}

/**
 * Text-to-speech models of the dedicated `/audio/speech` endpoint (output modality `speech`);
 * `supported_voices` lists their voices.
 *
 * @example
 * ```ts
 * import { speechModels } from '@orsdk/catalog'
 * const voices = speechModels().flatMap((model) => model.supported_voices ?? [])
 * ```
 */
export function speechModels(): readonly Model[] {
  return group('speech', (model) => outputs(model, 'speech'))
}

/**
 * Speech-to-text models of the dedicated `/audio/transcriptions` endpoint (output `transcription`).
 *
 * @example
 * ```ts
 * import { transcriptionModels } from '@orsdk/catalog'
 * const ids = transcriptionModels().map((model) => model.id)
 * ```
 */
export function transcriptionModels(): readonly Model[] {
  return group('transcription', (model) => outputs(model, 'transcription'))
}

/**
 * Models of the `/embeddings` endpoint (output modality `embeddings`).
 *
 * @example
 * ```ts
 * import { embeddingModels } from '@orsdk/catalog'
 * const multimodal = embeddingModels().filter((model) => model.architecture.input_modalities.includes('image'))
 * ```
 */
export function embeddingModels(): readonly Model[] {
  return group('embeddings', (model) => outputs(model, 'embeddings'))
}

/**
 * Image generation models (output modalities include `image`): the models for `@orsdk/images`
 * (`generateImage`), and chat models that answer with images. Image-only ones (no `text`
 * output) must not be sent `modalities: ['text']` in chat: see `chatModalities`.
 *
 * @example
 * ```ts
 * import { imageModels } from '@orsdk/catalog'
 * const imageOnly = imageModels().filter((model) => !model.architecture.output_modalities.includes('text'))
 * ```
 */
export function imageModels(): readonly Model[] {
  return group('image', (model) => outputs(model, 'image'))
}

/**
 * Video generation models (output modality `video`): the models for `@orsdk/video`'s `createVideo`.
 *
 * @example
 * ```ts
 * import { videoModels } from '@orsdk/catalog'
 * const ids = videoModels().map((model) => model.id) // 'google/veo-3.1', ...
 * ```
 */
export function videoModels(): readonly Model[] {
  return group('video', (model) => outputs(model, 'video'))
}

/**
 * Rerank models (output modality `rerank`): the models for `@orsdk/rerank`.
 *
 * @example
 * ```ts
 * import { rerankModels } from '@orsdk/catalog'
 * const model = rerankModels()[0]?.id
 * ```
 */
export function rerankModels(): readonly Model[] {
  return group('rerank', (model) => outputs(model, 'rerank'))
}
