import type { ErrorContext } from '../errors/factories.js'
import { errorFromBody } from '../errors/map-error.js'
import {
  type Accumulator,
  parseEventData,
  STREAM_END,
  type STREAM_SKIP,
  type StreamProtocol,
} from './stream-protocol.js'

/** What a chat-style stream needs from its capability; every part but the first two is optional. */
export interface JsonSseOptions<Item, Final> {
  /** Names the stream in errors, e.g. 'chat stream'. */
  name: string
  /** A fresh accumulator for `final…()` and `into`. */
  accumulate: (context: ErrorContext) => Accumulator<Item, Final>
  /** Reads one event's JSON into an item, or skips it. Default: the JSON is the item. */
  read?: (data: unknown, context: ErrorContext) => Item | typeof STREAM_SKIP
  /** Writes an item back as an event's JSON, for `toReadableStream`. Default: the item is the JSON. */
  write?: (item: Item) => unknown
  /** At `[DONE]`: one last item (a decoder's remainder), or `STREAM_END`. Default: `STREAM_END`. */
  done?: (context: ErrorContext) => Item | typeof STREAM_END
}

/**
 * OpenRouter's chat-style stream: `data: <json>` events, `data: [DONE]` at the end, and an
 * error as an event with a top-level `error` (the HTTP status is already 200 by then).
 *
 * @example
 * const protocol = jsonSseProtocol<ChatCompletionChunk, ChatCompletion>({
 *   name: 'chat stream',
 *   accumulate: (context) => new CompletionAccumulator(context.generationId),
 * })
 */
export function jsonSseProtocol<Item, Final>(
  options: JsonSseOptions<Item, Final>,
): StreamProtocol<Item, Final> {
  const { name, accumulate, read, write, done } = options
  // The item `done` made last, after which the stream is complete.
  let last: Item | undefined
  return {
    name,
    decode(message, context) {
      if (message.data === '[DONE]') {
        if (done === undefined) return STREAM_END
        const item = done(context)
        if (item !== STREAM_END) last = item
        return item
      }
      const data = parseEventData(message, name, context) as { error?: unknown }
      if (data !== null && typeof data === 'object' && data.error) throw errorFromBody(data, context)
      return read === undefined ? (data as Item) : read(data, context)
    },
    isLast: done === undefined ? undefined : (item) => item === last,
    encode: (item) => `data: ${JSON.stringify(write === undefined ? item : write(item))}\n\n`,
    end: 'data: [DONE]\n\n',
    encodeError: (error) =>
      `data: ${JSON.stringify({
        error: {
          // The upstream code, else the kind: `status` is the stream's own 200 by now.
          code: error.code ?? error.kind,
          message: error.message,
          metadata: error.errorType === undefined ? undefined : { error_type: error.errorType },
        },
      })}\n\n`,
    accumulate,
  }
}
