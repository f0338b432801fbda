import type { Accumulator } from '@orsdk/transport/protocol'
import { addChoice, buildChoice, type ChoiceState, newChoice } from './choice-state.js'
import type { ChatCompletion, ChatCompletionChunk, ChunkChoice } from './response-types.js'

/**
 * Folds stream chunks into the `ChatCompletion` a buffered call would have returned: content,
 * reasoning and `reasoning_details` (merged by `index`, signatures kept), tool calls assembled
 * by `index` (arguments `{}` when none were sent), audio fragments, annotations, finish
 * reasons, `usage` from the final chunk, `provider` and `model`. Fields are kept as the wire
 * sent them: one sent as `null` stays `null`, one never sent stays absent, and a delta field this
 * package does not know is kept too (arrays appended, other values the last one wins). Pure and
 * allocation-light: no validation, no copies of chunks.
 *
 * @example
 * const accumulator = new CompletionAccumulator()
 * for (const chunk of savedChunks) accumulator.add(chunk)
 * console.log(accumulator.result().choices[0]?.message.content)
 */
export class CompletionAccumulator implements Accumulator<ChatCompletionChunk, ChatCompletion> {
  readonly #generationId: string | undefined
  #head: ChatCompletionChunk | undefined
  #choices = new Map<number, ChoiceState>()
  #usage: ChatCompletion['usage']
  #provider: string | undefined
  #metadata: ChatCompletion['openrouter_metadata']

  /** @param generationId the stream's `X-Generation-Id`, set on the result. */
  constructor(generationId?: string) {
    this.#generationId = generationId
  }

  /** Adds one chunk. Anything that is not an object (a `null` event, a `null` choice) is skipped. */
  add(chunk: ChatCompletionChunk): void {
    if (typeof chunk !== 'object' || chunk === null) return
    if (this.#head === undefined) this.#head = chunk
    if (chunk.provider !== undefined) this.#provider = chunk.provider
    if (chunk.usage !== undefined && chunk.usage !== null) this.#usage = chunk.usage
    if (chunk.openrouter_metadata !== undefined) this.#metadata = chunk.openrouter_metadata
    const choices = chunk.choices
    if (!Array.isArray(choices)) return
    for (const choice of choices) if (typeof choice === 'object' && choice !== null) this.#addChoice(choice)
  }

  /** The completion so far: callable at any point, so a failed stream still has its partial. */
  result(): ChatCompletion {
    const generationId = this.#generationId
    const head = this.#head
    const completion: ChatCompletion = {
      id: head?.id ?? generationId ?? '',
      object: 'chat.completion',
      created: head?.created ?? 0,
      model: head?.model ?? '',
      choices: [...this.#choices.values()].sort((a, b) => a.index - b.index).map(buildChoice),
    }
    if (this.#provider !== undefined) completion.provider = this.#provider
    if (head?.system_fingerprint !== undefined) completion.system_fingerprint = head.system_fingerprint
    if (head?.service_tier !== undefined) completion.service_tier = head.service_tier
    if (this.#usage !== undefined) completion.usage = this.#usage
    if (this.#metadata !== undefined) completion.openrouter_metadata = this.#metadata
    if (generationId !== undefined) completion.generationId = generationId
    return completion
  }

  #addChoice(choice: ChunkChoice): void {
    const index = typeof choice.index === 'number' ? choice.index : 0
    let state = this.#choices.get(index)
    if (state === undefined) {
      state = newChoice(index)
      this.#choices.set(index, state)
    }
    addChoice(state, choice)
  }
}
