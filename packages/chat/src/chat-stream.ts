import {
  bodyFromReadableStream,
  bodyFromResponse,
  EventStream,
  jsonSseProtocol,
  type ResponseBody,
  type StreamStart,
} from '@orsdk/transport'
import { CompletionAccumulator } from './accumulate-completion.js'
import { attachPartial } from './attach-partial.js'
import type { ChatCompletion, ChatCompletionChunk } from './response-types.js'

/** What the `into` sink of `chatStream` receives: every chunk, then exactly one terminal event. */
export type ChatStreamEvent =
  | { type: 'chunk'; chunk: ChatCompletionChunk }
  | { type: 'complete'; completion: ChatCompletion }
  | { type: 'error'; error: unknown }

const protocol = jsonSseProtocol<ChatCompletionChunk>('chat stream')

/**
 * A chat completion stream: an async iterable of chunks that reads from the socket only as
 * you pull. Consume it once, one way: iterate it, call `finalCompletion()`, forward it with
 * `toReadableStream()`, or pass `into` to `chatStream`. `abort()` stops it.
 *
 * It throws `OpenRouterError` on an in-band error chunk (kind from its code), on a body that
 * ends before `[DONE]` (`stream_disconnect`) and on a stall (`timeout`).
 *
 * @example
 * const stream = await chatStream({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '')
 */
export class ChatStream extends EventStream<ChatCompletionChunk> {
  #final: Promise<ChatCompletion> | undefined

  /**
   * Wraps a response body; `chatStream`, `fromReadableStream` and `fromResponse` call this.
   * With `into`, the stream pushes itself to that callback at once.
   */
  constructor(body: ResponseBody, start: StreamStart, into?: (event: ChatStreamEvent) => void) {
    super(body, protocol, start)
    if (into !== undefined) this.#pushInto(into)
  }

  /**
   * Rebuilds a stream forwarded as SSE bytes (`toReadableStream()` on the sending side).
   *
   * @example
   * const stream = ChatStream.fromReadableStream(response.body)
   * const completion = await stream.finalCompletion()
   */
  static fromReadableStream(body: ReadableStream<Uint8Array>): ChatStream {
    return new ChatStream(bodyFromReadableStream(body), { status: 200, headers: new Headers() })
  }

  /**
   * Rebuilds a stream from a `fetch` response of a service that forwards one. A non-2xx
   * response rejects the first read with the mapped `OpenRouterError`.
   *
   * @example
   * const stream = ChatStream.fromResponse(await fetch('/api/chat', { method: 'POST', body }))
   * for await (const chunk of stream) render(chunk.choices[0]?.delta.content ?? '')
   */
  static fromResponse(response: Response): ChatStream {
    const generationId = response.headers.get('x-generation-id') ?? undefined
    return new ChatStream(bodyFromResponse(response), {
      status: response.status,
      headers: response.headers,
      generationId,
    })
  }

  /**
   * Reads the rest of the stream and resolves with the accumulated completion, as a buffered
   * `chat` would have returned it, plus `generationId`. On an error the rejection carries what
   * was generated so far in `error.body.partial`. Calling it again returns the same promise.
   *
   * @example
   * const completion = await (await chatStream(params)).finalCompletion()
   * console.log(completion.choices[0]?.message.tool_calls, completion.usage?.cost)
   */
  finalCompletion(): Promise<ChatCompletion> {
    if (this.#final !== undefined) return this.#final
    this.claim('finalCompletion()')
    this.#final = this.#accumulate()
    return this.#final
  }

  async #accumulate(): Promise<ChatCompletion> {
    const accumulator = new CompletionAccumulator()
    try {
      for await (const chunk of this.items()) accumulator.add(chunk)
    } catch (error) {
      throw attachPartial(error, accumulator.completion(this.generationId), this)
    }
    return accumulator.completion(this.generationId)
  }

  #pushInto(into: (event: ChatStreamEvent) => void): void {
    const accumulator = new CompletionAccumulator()
    this.pushTo(
      {
        item: (chunk) => {
          accumulator.add(chunk)
          into({ type: 'chunk', chunk })
        },
        end: () => into({ type: 'complete', completion: accumulator.completion(this.generationId) }),
        error: (error) =>
          into({
            type: 'error',
            error: attachPartial(error, accumulator.completion(this.generationId), this),
          }),
      },
      'into',
    )
  }
}
