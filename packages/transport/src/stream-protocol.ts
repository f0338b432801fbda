import { errorFromBody } from './map-error.js'
import type { OpenRouterError } from './openrouter-error.js'
import { decodeError } from './transport-errors.js'

/** One server-sent event, as eventsource-parser delivers it. */
export interface SseMessage {
  event?: string
  data: string
  id?: string
}

/** What an in-band error can say about its stream. */
export interface StreamErrorContext {
  headers?: Headers
  generationId?: string
}

/** `decode` returns this to drop an event (Anthropic's `ping`). */
export const STREAM_SKIP: unique symbol = Symbol('orsdk.stream.skip')
/** `decode` returns this at the end marker (`data: [DONE]`). */
export const STREAM_END: unique symbol = Symbol('orsdk.stream.end')

/**
 * What a capability package adds to `EventStream`: how to read an event, what marks the
 * end, and how to write items back as SSE for `toReadableStream`.
 */
export interface StreamProtocol<T> {
  /** Names the stream in errors, e.g. 'chat stream'. */
  name: string
  /**
   * Reads one event. Throws `OpenRouterError` for an in-band error, built with `start` (the
   * stream's headers and generation id) so the error names the generation. No validation: hot path.
   */
  decode(message: SseMessage, start: StreamErrorContext): T | typeof STREAM_SKIP | typeof STREAM_END
  /** True for an item after which the stream is complete (Anthropic's `message_stop`). */
  isLast?(item: T): boolean
  /** SSE text for one item. */
  encode(item: T): string
  /** SSE text written after the last item, if the protocol has an end marker. */
  end?: string
  /** SSE text that carries an error in-band, so the receiving side rethrows it. */
  encodeError(error: OpenRouterError): string
}

/**
 * Parses the JSON of one event, or throws a `decode` error quoting it.
 *
 * @example
 * const data = parseEventData({ event: 'message_start', data: '{"type":"message_start"}' }, 'messages stream')
 */
export function parseEventData(message: SseMessage, streamName: string): unknown {
  try {
    return JSON.parse(message.data)
  } catch (error) {
    throw decodeError(`a ${streamName} event is not valid JSON`, message.data, undefined, error)
  }
}

/**
 * OpenRouter's chat-style stream: `data: <json>` events, `data: [DONE]` at the end, and an
 * error as a chunk with a top-level `error` (the HTTP status is already 200 by then).
 *
 * @example
 * const response = await client.request({ operation: 'chat.stream', method: 'POST', path: '/chat/completions', body, response: 'sse' })
 * for await (const chunk of new EventStream(response.body, jsonSseProtocol('chat stream'), response)) console.log(chunk)
 */
export function jsonSseProtocol<T>(name: string): StreamProtocol<T> {
  return {
    name,
    decode(message, start) {
      if (message.data === '[DONE]') return STREAM_END
      const chunk = parseEventData(message, name) as { error?: unknown }
      if (chunk !== null && typeof chunk === 'object' && chunk.error) throw errorFromBody(chunk, start)
      return chunk as T
    },
    encode: (item) => `data: ${JSON.stringify(item)}\n\n`,
    end: 'data: [DONE]\n\n',
    encodeError: (error) =>
      `data: ${JSON.stringify({
        error: {
          code: error.status ?? error.code ?? error.kind,
          message: error.message,
          metadata: error.errorType === undefined ? undefined : { error_type: error.errorType },
        },
      })}\n\n`,
  }
}
