import { decodeError, type ErrorContext } from '../errors/factories.js'
import type { OpenRouterError } from '../errors/openrouter-error.js'

/** One server-sent event, as eventsource-parser delivers it. */
export interface SseMessage {
  event?: string
  data: string
  id?: string
}

/** `decode` returns this to drop an event (Anthropic's `ping`). */
export const STREAM_SKIP: unique symbol = Symbol('orsdk.stream.skip')
/** `decode` returns this at the end marker (`data: [DONE]`). */
export const STREAM_END: unique symbol = Symbol('orsdk.stream.end')

/**
 * Folds a stream's items into its final result (`finalCompletion()`, `finalMessage()`, ...).
 * `result()` may be called after any item, so an error can carry the partial result.
 */
export interface Accumulator<Item, Final> {
  add(item: Item): void
  result(): Final
}

/**
 * Everything a capability adds to `EventStream`: how to read an event, what marks the end, how
 * to write items back as SSE for `toReadableStream`, and how items fold into the final result.
 * Decoding is the hot path: no validation, no copies.
 */
export interface StreamProtocol<Item, Final> {
  /** Names the stream in errors, e.g. 'chat stream'. */
  name: string
  /**
   * Reads one event. Throws `OpenRouterError` for an in-band error, built with `context` (the
   * stream's status, headers and generation id) so the error names the generation.
   */
  decode(message: SseMessage, context: ErrorContext): Item | typeof STREAM_SKIP | typeof STREAM_END
  /** True for an item after which the stream is complete (Anthropic's `message_stop`). */
  isLast?(item: Item): boolean
  /** SSE text for one item. */
  encode(item: Item): string
  /** SSE text written after the last item, if the protocol has an end marker. */
  end?: string
  /** SSE text that carries an error in-band, so the receiving side rethrows it. */
  encodeError(error: OpenRouterError): string
  /** A fresh accumulator, for `final…()` and the `into` sink. */
  accumulate(context: ErrorContext): Accumulator<Item, Final>
}

/**
 * Parses the JSON of one event, or throws a `decode` error quoting it.
 *
 * @example
 * const data = parseEventData({ event: 'message_start', data: '{"type":"message_start"}' }, 'messages stream')
 */
export function parseEventData(message: SseMessage, streamName: string, context?: ErrorContext): unknown {
  try {
    return JSON.parse(message.data)
  } catch (error) {
    throw decodeError(`${streamName}: an event is not valid JSON`, message.data, context, error)
  }
}
