import {
  bodyFromReadableStream,
  bodyFromResponse,
  EventStream,
  type ResponseBody,
  type StreamStart,
} from '@orsdk/transport'
import { MessageAccumulator } from './accumulate-message.js'
import { messagesProtocol } from './messages-protocol.js'
import type { Message } from './response-types.js'
import type { MessagesStreamEvent } from './stream-events.js'

/** What the `into` sink of `messagesStream` receives: every event, then exactly one terminal event. */
export type MessagesSinkEvent =
  | { type: 'event'; event: MessagesStreamEvent }
  | { type: 'complete'; message: Message }
  | { type: 'error'; error: unknown }

/**
 * An Anthropic-format message stream: an async iterable of `{ event, data }` that reads from
 * the socket only as you pull. `ping` is skipped; an event name newer than this package is
 * yielded as is. Consume it once, one way: iterate it, call `finalMessage()`, forward it with
 * `toReadableStream()`, or pass `into` to `messagesStream`. `abort()` stops it.
 *
 * It throws `OpenRouterError` on `event: error` (kind from Anthropic's `error.type`, e.g.
 * `server` for `overloaded_error`, `rate_limit` for `rate_limit_error`), on a body that ends
 * before `message_stop` (`stream_disconnect`) and on a stall (`timeout`).
 *
 * @example
 * import { isMessagesEvent, messagesStream } from '@orsdk/messages'
 * const stream = await messagesStream({ model: 'anthropic/claude-haiku-4.5', max_tokens: 200, messages: [{ role: 'user', content: 'Hi' }] })
 * for await (const item of stream) {
 *   if (isMessagesEvent(item, 'content_block_delta') && item.data.delta.type === 'text_delta') process.stdout.write(item.data.delta.text)
 * }
 */
export class MessagesStream extends EventStream<MessagesStreamEvent> {
  #final: Promise<Message> | undefined

  /**
   * Wraps a response body; `messagesStream`, `fromReadableStream` and `fromResponse` call this.
   * With `into`, the stream pushes itself to that callback at once.
   */
  constructor(body: ResponseBody, start: StreamStart, into?: (event: MessagesSinkEvent) => void) {
    super(body, messagesProtocol, start)
    if (into !== undefined) this.#pushInto(into)
  }

  /**
   * Rebuilds a stream forwarded as SSE bytes (`toReadableStream()` on the sending side).
   * An error written in-band by the sender is thrown again here.
   *
   * @example
   * import { MessagesStream } from '@orsdk/messages'
   * const stream = MessagesStream.fromReadableStream(response.body)
   * const message = await stream.finalMessage()
   */
  static fromReadableStream(body: ReadableStream<Uint8Array>): MessagesStream {
    return new MessagesStream(bodyFromReadableStream(body), { status: 200, headers: new Headers() })
  }

  /**
   * Rebuilds a stream from a `fetch` response of a service that forwards one. A non-2xx
   * response rejects the first read with the mapped `OpenRouterError`.
   *
   * @example
   * import { MessagesStream } from '@orsdk/messages'
   * const stream = MessagesStream.fromResponse(await fetch('/api/messages', { method: 'POST', body }))
   * for await (const item of stream) console.log(item.event)
   */
  static fromResponse(response: Response): MessagesStream {
    const generationId = response.headers.get('x-generation-id') ?? undefined
    return new MessagesStream(bodyFromResponse(response), {
      status: response.status,
      headers: response.headers,
      generationId,
    })
  }

  /**
   * Reads the rest of the stream and resolves with the accumulated message, the same shape
   * `messages()` returns, plus `generationId`. Calling it again returns the same promise.
   *
   * @throws `OpenRouterError` as the iteration would (`server`, `rate_limit`,
   * `stream_disconnect`, `timeout`, ...), or `decode` for a tool input that is not JSON.
   * @example
   * const message = await (await messagesStream(params)).finalMessage()
   * console.log(message.content, message.stop_reason, message.usage.output_tokens)
   */
  finalMessage(): Promise<Message> {
    if (this.#final !== undefined) return this.#final
    this.claim('finalMessage()')
    this.#final = this.#accumulate()
    return this.#final
  }

  async #accumulate(): Promise<Message> {
    const accumulator = new MessageAccumulator()
    for await (const item of this.items()) accumulator.add(item)
    return accumulator.message(this.generationId)
  }

  #pushInto(into: (event: MessagesSinkEvent) => void): void {
    const accumulator = new MessageAccumulator()
    this.pushTo(
      {
        item: (event) => {
          accumulator.add(event)
          into({ type: 'event', event })
        },
        end: () => {
          let message: Message
          try {
            message = accumulator.message(this.generationId)
          } catch (error) {
            return into({ type: 'error', error })
          }
          into({ type: 'complete', message })
        },
        error: (error) => into({ type: 'error', error }),
      },
      'into',
    )
  }
}
