import {
  applyPreset,
  checkStreamParams,
  EventStream,
  type PresetOption,
  requestStream,
  type StreamOptions,
  type StreamSinkEvent,
  type StreamSource,
  splitStreamOptions,
} from '@orsdk/transport/protocol'
import { checkMessagesParams } from './messages-params-schema.js'
import { messagesProtocol } from './messages-protocol.js'
import type { MessagesParams } from './request-types.js'
import type { Message } from './response-types.js'
import type { MessagesStreamEvent } from './stream-events.js'

/** What the `into` sink of `messagesStream` receives: every event, then exactly one terminal event. */
export type MessagesSinkEvent = StreamSinkEvent<MessagesStreamEvent, Message>

/** Options of `messagesStream`: the call options, the push-style `into` sink, and `preset`. */
export type MessagesStreamOptions = StreamOptions<MessagesStreamEvent, Message> & PresetOption

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
export class MessagesStream extends EventStream<MessagesStreamEvent, Message> {
  /** Wraps a stream source; `messagesStream`, `fromReadableStream` and `fromResponse` call this. */
  constructor(source: StreamSource, into?: (event: MessagesSinkEvent) => void) {
    super(source, messagesProtocol, into)
  }

  /**
   * Reads the rest of the stream and resolves with the accumulated message, the same shape
   * `messages()` returns, plus `generationId`. On an error the rejection carries the message so
   * far in `error.partial`. Calling it again returns the same promise.
   *
   * A tool input cut short by `max_tokens` does not fail it: see `ToolUseBlock.partial_json`.
   *
   * @throws `OpenRouterError` as the iteration would (`server`, `rate_limit`,
   * `stream_disconnect`, `timeout`, ...).
   * @example
   * const message = await (await messagesStream(params)).finalMessage()
   * console.log(message.content, message.stop_reason, message.usage.output_tokens)
   */
  finalMessage(): Promise<Message> {
    return this.final('finalMessage()')
  }
}

/**
 * Starts a streamed Anthropic-format message at `POST /messages`. Resolves once the response
 * headers arrive, so HTTP errors (401, 429, 529, ...) reject here, and before any I/O for bad
 * params. Sets `stream: true` itself; `options.preset` runs a saved preset, as for `messages`.
 *
 * @throws `OpenRouterError` of kind `invalid_request`, `auth`, `payment_required`,
 * `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects with `AbortError`.
 * @example
 * import { messagesStream } from '@orsdk/messages'
 * const stream = await messagesStream({ model: 'anthropic/claude-haiku-4.5', max_tokens: 200, messages: [{ role: 'user', content: 'Hi' }] })
 * const message = await stream.finalMessage()
 * console.log(message.content, message.usage)
 */
export function messagesStream(
  params: MessagesParams,
  options?: MessagesStreamOptions,
): Promise<MessagesStream>
export function messagesStream(
  params: Omit<MessagesParams, 'model'> & { model?: string },
  options: MessagesStreamOptions & { preset: string },
): Promise<MessagesStream>
export async function messagesStream(
  params: Omit<MessagesParams, 'model'> & { model?: string },
  options: MessagesStreamOptions = {},
): Promise<MessagesStream> {
  const body = applyPreset(params, options, 'messagesStream')
  checkMessagesParams(body, 'messagesStream', checkStreamParams)
  const { into, call } = splitStreamOptions(options, 'messagesStream')
  const source = await requestStream(
    { operation: 'messages.stream', method: 'POST', path: '/messages', body: { ...body, stream: true } },
    call,
  )
  return new MessagesStream(source, into)
}
