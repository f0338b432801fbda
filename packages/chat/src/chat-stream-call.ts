import { type CallOptions, defaultClient, OpenRouterError } from '@orsdk/transport'
import { checkChatParams } from './chat-params-schema.js'
import { ChatStream, type ChatStreamEvent } from './chat-stream.js'
import type { ChatParams } from './request-types.js'

/** Options of `chatStream`: the call options, plus the push-style sink. */
export interface ChatStreamOptions extends CallOptions {
  /**
   * Push-style consumption for servers that forward events to a UI: receives every chunk,
   * then exactly one `complete` (with the accumulated completion) or `error` event. Stop it
   * with `stream.abort()` or the `signal`; the terminal event is then an `error`.
   */
  into?: (event: ChatStreamEvent) => void
}

/**
 * Starts a streamed chat completion. Resolves once the response headers arrive, so HTTP
 * errors (401, 402, 429, ...) reject here, and before any I/O for bad params. Sets
 * `stream: true` itself.
 *
 * @throws `OpenRouterError` of kind `invalid_request`, `auth`, `payment_required`,
 * `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects with `AbortError`.
 * @example
 * import { chatStream } from '@orsdk/chat'
 * const stream = await chatStream({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta.content ?? '')
 */
export async function chatStream(params: ChatParams, options: ChatStreamOptions = {}): Promise<ChatStream> {
  checkChatParams(params, 'chatStream')
  const { into, ...call } = options
  if (into !== undefined && typeof into !== 'function') {
    throw new OpenRouterError('chatStream: options.into: must be a function', { kind: 'invalid_request' })
  }
  const client = call.client ?? defaultClient()
  const response = await client.request(
    {
      operation: 'chat.stream',
      method: 'POST',
      path: '/chat/completions',
      body: { ...params, stream: true },
      response: 'sse',
    },
    call,
  )
  return new ChatStream(response.body, response, into)
}
