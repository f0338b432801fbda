import {
  applyPreset,
  checkStreamParams,
  EventStream,
  jsonSseProtocol,
  type PresetOption,
  requestStream,
  type StreamOptions,
  type StreamSinkEvent,
  type StreamSource,
  splitStreamOptions,
} from '@orsdk/transport/protocol'
import { CompletionAccumulator } from './accumulate-completion.js'
import { ChatParamsSchema } from './chat-params-schema.js'
import type { ChatParams } from './request-types.js'
import type { ChatCompletion, ChatCompletionChunk } from './response-types.js'

/** What the `into` sink of `chatStream` receives: every chunk, then exactly one terminal event. */
export type ChatSinkEvent = StreamSinkEvent<ChatCompletionChunk, ChatCompletion>

/** Options of `chatStream`: the call options, the push-style `into` sink, and `preset`. */
export type ChatStreamOptions = StreamOptions<ChatCompletionChunk, ChatCompletion> & PresetOption

const protocol = /* @__PURE__ */ jsonSseProtocol<ChatCompletionChunk, ChatCompletion>({
  name: 'chat stream',
  accumulate: (context) => new CompletionAccumulator(context.generationId),
})

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
export class ChatStream extends EventStream<ChatCompletionChunk, ChatCompletion> {
  /** Wraps a stream source; `chatStream`, `fromReadableStream` and `fromResponse` call this. */
  constructor(source: StreamSource, into?: (event: ChatSinkEvent) => void) {
    super(source, protocol, into)
  }

  /**
   * Reads the rest of the stream and resolves with the accumulated completion, as a buffered
   * `chat` would have returned it, plus `generationId`. On an error the rejection carries what
   * was generated so far in `error.partial`. Calling it again returns the same promise.
   *
   * @example
   * const completion = await (await chatStream(params)).finalCompletion()
   * console.log(completion.choices[0]?.message.tool_calls, completion.usage?.cost)
   */
  finalCompletion(): Promise<ChatCompletion> {
    return this.final('finalCompletion()')
  }
}

/**
 * Starts a streamed chat completion. Resolves once the response headers arrive, so HTTP
 * errors (401, 402, 429, ...) reject here, and before any I/O for bad params. Sets
 * `stream: true` itself; `options.preset` runs a saved preset, as for `chat`.
 *
 * @throws `OpenRouterError` of kind `invalid_request`, `auth`, `payment_required`,
 * `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects with `AbortError`.
 * @example
 * import { chatStream } from '@orsdk/chat'
 * const stream = await chatStream({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '')
 */
export async function chatStream(params: ChatParams, options: ChatStreamOptions = {}): Promise<ChatStream> {
  const body = applyPreset(params, options, 'chatStream')
  checkStreamParams(ChatParamsSchema, body, 'chatStream')
  const { into, call } = splitStreamOptions(options, 'chatStream')
  const source = await requestStream(
    {
      operation: 'chat.stream',
      method: 'POST',
      path: '/chat/completions',
      body: { ...body, stream: true },
    },
    call,
  )
  return new ChatStream(source, into)
}
