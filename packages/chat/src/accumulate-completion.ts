import type { Accumulator } from '@orsdk/transport/protocol'
import { addChoice, buildChoice, type ChoiceState, newChoice } from './choice-state.js'
import type { ChatCompletion, ChatCompletionChunk, ChunkChoice } from './response-types.js'

/**
 * Folds stream chunks into the `ChatCompletion` a buffered call would have returned: content,
 * reasoning and `reasoning_details` (merged by `index`, signatures kept), tool calls assembled
 * by `index` (arguments `{}` when none were sent), audio fragments, annotations, finish
 * reasons, `usage` from the final chunk, `provider` and `model`. Fields are kept as the wire
 * sent them: one sent as `null` stays `null`, one never sent stays absent, and a field this
 * package does not know is kept too (in a delta: arrays appended, other values last one wins;
 * elsewhere the last value wins). Pure and allocation-light: no validation, no copies of chunks.
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
  /** The other chunk fields (provider, usage, system_fingerprint, newer ones): the last value wins. */
  #fields: Record<string, unknown> = {}

  /** @param generationId the stream's `X-Generation-Id`, set on the result. */
  constructor(generationId?: string) {
    this.#generationId = generationId
  }

  /** Adds one chunk. Anything that is not an object (a `null` event, a `null` choice) is skipped. */
  add(chunk: ChatCompletionChunk): void {
    if (typeof chunk !== 'object' || chunk === null) return
    if (this.#head === undefined) this.#head = chunk
    const fields = this.#fields
    for (const name in chunk) {
      const value = (chunk as unknown as Record<string, unknown>)[name]
      switch (name) {
        case 'choices':
          if (Array.isArray(value))
            for (const choice of value)
              if (typeof choice === 'object' && choice !== null) this.#addChoice(choice)
          break
        // Taken from the first chunk, or built by `result()`.
        case 'id':
        case 'object':
        case 'created':
        case 'model':
          break
        default:
          // `usage` is `null` on the chunks before the last with some providers: keep the real one.
          if (value !== undefined && (value !== null || fields[name] === undefined)) fields[name] = value
      }
    }
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
    Object.assign(completion, this.#fields)
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
