import { type CallOptions, defaultClient, OpenRouterError } from '@orsdk/transport'
import { checkMessagesParams } from './messages-params-schema.js'
import { type MessagesSinkEvent, MessagesStream } from './messages-stream.js'
import type { MessagesParams } from './request-types.js'

/** Options of `messagesStream`: the call options, plus the push-style sink. */
export interface MessagesStreamOptions extends CallOptions {
  /**
   * Push-style consumption for servers that forward events to a UI: receives every event,
   * then exactly one `complete` (with the accumulated message) or `error` event. Stop it
   * with `stream.abort()` or the `signal`; the terminal event is then an `error`.
   */
  into?: (event: MessagesSinkEvent) => void
}

/**
 * Starts a streamed Anthropic-format message at `POST /messages`. Resolves once the response
 * headers arrive, so HTTP errors (401, 429, 529, ...) reject here, and before any I/O for bad
 * params. Sets `stream: true` itself.
 *
 * @throws `OpenRouterError` of kind `invalid_request`, `auth`, `payment_required`,
 * `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects with `AbortError`.
 * @example
 * import { messagesStream } from '@orsdk/messages'
 * const stream = await messagesStream({ model: 'anthropic/claude-haiku-4.5', max_tokens: 200, messages: [{ role: 'user', content: 'Hi' }] })
 * const message = await stream.finalMessage()
 * console.log(message.content, message.usage)
 */
export async function messagesStream(
  params: MessagesParams,
  options: MessagesStreamOptions = {},
): Promise<MessagesStream> {
  checkMessagesParams(params, 'messagesStream')
  const { into, ...call } = options
  if (into !== undefined && typeof into !== 'function') {
    throw new OpenRouterError('messagesStream: options.into: must be a function', { kind: 'invalid_request' })
  }
  const client = call.client ?? defaultClient()
  const response = await client.request(
    {
      operation: 'messages.stream',
      method: 'POST',
      path: '/messages',
      body: { ...params, stream: true },
      response: 'sse',
    },
    call,
  )
  return new MessagesStream(response.body, response, into)
}
