import { getModel } from './get-model'
import type { ModelId } from './snapshot/model-id'

/** The output modalities a `/chat/completions` request can ask for with `modalities`. */
export type ChatModality = 'text' | 'image'

/**
 * The `modalities` to send a chat model: what it outputs among `image` and `text`, in that
 * order, from the snapshot. An image-only model gets `['image']` (sent `['text']`, it is
 * refused); a model that draws and writes gets `['image', 'text']`; a text model `['text']`.
 * Audio output is left out: it needs `audio` parameters and a stream (`@orsdk/audio`'s `speak`).
 * Undefined for a model the snapshot does not know, or one that outputs neither: leave
 * `modalities` out then, and the API picks.
 *
 * @example
 * ```ts
 * import { chatModalities } from '@orsdk/catalog'
 * import { chat } from '@orsdk/chat'
 * const model = 'google/gemini-3.1-flash-image'
 * const modalities = chatModalities(model) // ['image', 'text']
 * const completion = await chat({ model, messages: [{ role: 'user', content: 'Draw a fox' }], ...(modalities && { modalities }) })
 * ```
 */
export function chatModalities(id: ModelId): ChatModality[] | undefined {
  const outputs = getModel(id)?.architecture.output_modalities
  if (outputs === undefined) return undefined
  const modalities = (['image', 'text'] as const).filter((modality) => outputs.includes(modality))
  return modalities.length === 0 ? undefined : modalities
}
