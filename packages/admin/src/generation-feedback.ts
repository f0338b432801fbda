import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import { feedbackSchema } from './generation-feedback-schema.js'
import type { Answer, Body } from './internal/spec-types.js'

/**
 * Reports a problem with one generation to OpenRouter, `POST /generation/feedback`. Management
 * key required.
 *
 * @param params - `generation_id` (the response's `id` or `X-Generation-Id`), `category`
 * (`latency`, `incoherence`, `incorrect_response`, `formatting`, `billing`, `api_error`,
 * `other`) and an optional `comment`.
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `generation_id` or
 * `category` (before any I/O); `auth` without a key or with an inference key (the message says
 * to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { sendGenerationFeedback } from '@orsdk/admin'
 * await sendGenerationFeedback(
 *   { generation_id: 'gen-1234', category: 'formatting', comment: 'Broken JSON in the answer' },
 *   { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY },
 * )
 * ```
 */
export function sendGenerationFeedback(
  params: Body<'submitGenerationFeedback'>,
  options?: CallOptions,
): Promise<Answer<'submitGenerationFeedback'>> {
  return callOperation(
    {
      name: 'sendGenerationFeedback',
      method: 'POST',
      path: '/generation/feedback',
      management: true,
      schema: feedbackSchema,
    },
    { params },
    options,
  )
}
