import { type Accumulator, decodeError, parsePartialJson } from '@orsdk/transport/protocol'
import type { Citation, ContentBlock, Message } from './response-types.js'
import type { MessagesStreamEvent } from './stream-events.js'

/** One content block while its deltas arrive. Pieces are joined when a result is asked for. */
interface BlockState {
  block: Record<string, unknown>
  text: string[]
  json: string[]
  thinking: string[]
  signature: string[]
  citations: Citation[]
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

/**
 * Folds stream events into the `Message` a buffered `messages()` call returns: text blocks
 * (with citations), tool_use blocks with `input` parsed once from the joined `partial_json`,
 * thinking blocks with their signature, other blocks as sent; `stop_reason`, `stop_sequence`,
 * usage (cumulative: later non-null values overwrite) and any other field of `message_delta`
 * (`context_management`, ...).
 *
 * A tool input cut short (`max_tokens` reached mid-way) does not fail the message: `input` is
 * what its complete prefix parses to, and the block keeps the text as streamed in
 * `partial_json`, so a caller can tell it apart from a whole input.
 *
 * @example
 * const accumulator = new MessageAccumulator()
 * for (const event of savedEvents) accumulator.add(event)
 * console.log(accumulator.result().content)
 */
export class MessageAccumulator implements Accumulator<MessagesStreamEvent, Message> {
  readonly #generationId: string | undefined
  #message: Message | undefined
  readonly #blocks = new Map<number, BlockState>()

  /** @param generationId the stream's `X-Generation-Id`, set on the result. */
  constructor(generationId?: string) {
    this.#generationId = generationId
  }

  /** Takes one event; unknown events and delta types are ignored. */
  add(item: MessagesStreamEvent): void {
    if (!isObject(item.data)) return
    const data = item.data
    switch (item.event) {
      case 'message_start':
        if (isObject(data.message)) {
          const message = data.message as Message
          this.#message = { ...message, content: [], usage: { ...message.usage } }
        }
        return
      case 'content_block_start':
        if (typeof data.index === 'number' && isObject(data.content_block)) {
          this.#blocks.set(data.index, {
            block: { ...data.content_block },
            text: [],
            json: [],
            thinking: [],
            signature: [],
            citations: [],
          })
        }
        return
      case 'content_block_delta':
        this.#addDelta(data)
        return
      case 'message_delta':
        this.#addMessageDelta(data)
        return
      case 'message_stop': {
        // OpenRouter may put `openrouter_metadata` on message_stop.
        const { type: _type, ...rest } = data
        if (this.#message !== undefined) Object.assign(this.#message, rest)
        return
      }
    }
  }

  /**
   * The message so far; blocks not yet stopped are finished as they stand. It changes nothing:
   * events added after it go on to the next result as if it had not been asked for.
   */
  result(): Message {
    const generationId = this.#generationId
    if (this.#message === undefined) {
      throw decodeError('messages stream: no message_start event arrived, so there is no message', undefined)
    }
    const content: ContentBlock[] = []
    for (const [, state] of [...this.#blocks].sort(([a], [b]) => a - b)) {
      content.push(finished(state) as unknown as ContentBlock)
    }
    const message: Message = { ...this.#message, content, usage: { ...this.#message.usage } }
    if (generationId !== undefined) message.generationId = generationId
    return message
  }

  #addDelta(data: Json): void {
    const state = typeof data.index === 'number' ? this.#blocks.get(data.index) : undefined
    const delta = data.delta
    if (state === undefined || !isObject(delta)) return
    switch (delta.type) {
      case 'text_delta':
        if (typeof delta.text === 'string') state.text.push(delta.text)
        return
      case 'input_json_delta':
        if (typeof delta.partial_json === 'string') state.json.push(delta.partial_json)
        return
      case 'thinking_delta':
        if (typeof delta.thinking === 'string') state.thinking.push(delta.thinking)
        return
      case 'signature_delta':
        if (typeof delta.signature === 'string') state.signature.push(delta.signature)
        return
      case 'citations_delta':
        if (isObject(delta.citation)) state.citations.push(delta.citation as Citation)
        return
    }
  }

  #addMessageDelta(data: Json): void {
    const message = this.#message
    if (message === undefined) return
    if (isObject(data.delta)) Object.assign(message, data.delta)
    // Top-level fields besides the delta and usage (`context_management`) belong to the message too.
    for (const key in data) if (key !== 'type' && key !== 'delta' && key !== 'usage') message[key] = data[key]
    if (!isObject(data.usage)) return
    for (const [key, value] of Object.entries(data.usage)) {
      // Cumulative counts: a later null (input_tokens often is) must not erase a known value.
      if (value !== null && value !== undefined) message.usage[key] = value
    }
  }
}

/** The block with its pieces joined in; the state is left as it is. */
function finished(state: BlockState): Json {
  const block = { ...state.block }
  if (state.text.length > 0) block.text = `${asString(block.text)}${state.text.join('')}`
  if (state.thinking.length > 0) block.thinking = `${asString(block.thinking)}${state.thinking.join('')}`
  if (state.signature.length > 0) block.signature = `${asString(block.signature)}${state.signature.join('')}`
  if (state.citations.length > 0) {
    block.citations = [...(Array.isArray(block.citations) ? block.citations : []), ...state.citations]
  }
  if (block.type === 'tool_use' || block.type === 'server_tool_use') {
    const json = state.json.join('')
    if (json === '') block.input = isObject(block.input) ? block.input : {}
    else readInput(block, json)
  }
  return block
}

/** The input as JSON; cut short, the value of its complete prefix plus the text as streamed. */
function readInput(block: Json, json: string): void {
  try {
    block.input = JSON.parse(json)
  } catch {
    const prefix = parsePartialJson(json)
    block.input = isObject(prefix) && !Array.isArray(prefix) ? prefix : {}
    block.partial_json = json
  }
}

const asString = (value: unknown) => (typeof value === 'string' ? value : '')
