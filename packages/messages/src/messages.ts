import type { CallOptions } from '@orsdk/transport'
import { applyPreset, checkParams, type PresetOption, requestJson } from '@orsdk/transport/protocol'
import { checkMessagesParams } from './messages-params-schema.js'
import type { MessagesParams } from './request-types.js'
import type { Message } from './response-types.js'

/** Options of `messages`: the call options, plus `preset` to run a preset saved on OpenRouter. */
export type MessagesOptions = CallOptions & PresetOption

/**
 * Sends an Anthropic-format request to OpenRouter's `POST /messages` (any model, not only
 * Anthropic's) and resolves with the whole message. Params are checked before any I/O.
 * Errors come in Anthropic's envelope and map to the usual kinds (`overloaded_error` is
 * `server`, `rate_limit_error` is `rate_limit`), with OpenRouter's `error_type` in `errorType`.
 * `options.preset` runs a preset saved on OpenRouter: `model` becomes `@preset/<slug>` (and may
 * then be left out of the params), and the params override the preset's other fields.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params, or a 4xx), `auth`,
 * `payment_required`, `rate_limit`, `server`, `timeout`, `transport` or `decode`; a user's
 * abort rejects with the platform's `AbortError`.
 * @example
 * import { messages } from '@orsdk/messages'
 * const message = await messages({
 *   model: 'anthropic/claude-haiku-4.5',
 *   max_tokens: 200,
 *   system: 'Answer in one sentence.',
 *   messages: [{ role: 'user', content: 'What is OpenRouter?' }],
 * })
 * for (const block of message.content) if (block.type === 'text') console.log(block.text)
 */
export function messages(params: MessagesParams, options?: MessagesOptions): Promise<Message>
export function messages(
  params: Omit<MessagesParams, 'model'> & { model?: string },
  options: MessagesOptions & { preset: string },
): Promise<Message>
export async function messages(
  params: Omit<MessagesParams, 'model'> & { model?: string },
  options: MessagesOptions = {},
): Promise<Message> {
  const body = applyPreset(params, options, 'messages')
  checkMessagesParams(body, 'messages', checkParams)
  const response = await requestJson(
    { operation: 'messages', method: 'POST', path: '/messages', body },
    options,
  )
  const message = response.data as Message
  if (response.generationId !== undefined) message.generationId = response.generationId
  return message
}
