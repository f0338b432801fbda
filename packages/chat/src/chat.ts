import type { CallOptions } from '@orsdk/transport'
import { isOpenRouterError } from '@orsdk/transport'
import {
  applyPreset,
  checkParams,
  errorFromBody,
  type PresetOption,
  requestJson,
} from '@orsdk/transport/protocol'
import { ChatParamsSchema } from './chat-params-schema.js'
import { argumentsOrEmpty } from './choice-state.js'
import type { ChatParams } from './request-types.js'
import type { ChatCompletion } from './response-types.js'

/** Options of `chat`: the call options, plus `preset` to run a preset saved on OpenRouter. */
export type ChatOptions = CallOptions & PresetOption

/**
 * Sends a chat completion request and resolves with the whole answer.
 *
 * Params are checked before any I/O. A 200 body that carries `error`, or a choice with
 * `finish_reason: 'error'` (a provider that failed after generation started), rejects too,
 * with what was generated in `error.partial`. A tool call sent without arguments gets `'{}'`,
 * as `finalCompletion()` gives it, so `JSON.parse(call.function.arguments)` always works.
 * `options.preset` runs a preset saved on OpenRouter: `model` becomes `@preset/<slug>`, and the
 * params override its other fields.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params, or a 4xx), `auth`,
 * `payment_required`, `rate_limit`, `server`, `timeout`, `transport` or `decode`; a user's
 * abort rejects with the platform's `AbortError`.
 * @example
 * import { chat } from '@orsdk/chat'
 * const completion = await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * console.log(completion.choices[0]?.message.content, completion.usage?.cost)
 */
export async function chat(params: ChatParams, options: ChatOptions = {}): Promise<ChatCompletion> {
  const body = applyPreset(params, options, 'chat')
  checkParams(ChatParamsSchema, body, 'chat')
  const response = await requestJson(
    { operation: 'chat', method: 'POST', path: '/chat/completions', body },
    options,
  ).catch((error: unknown) => {
    throw withPartialChoices(error)
  })
  const completion = response.data as ChatCompletion
  fillMissingArguments(completion)
  if (response.generationId !== undefined) completion.generationId = response.generationId
  const failed = Array.isArray(completion.choices)
    ? completion.choices.find((choice) => choice?.finish_reason === 'error')
    : undefined
  if (failed === undefined) return completion
  const envelope = { error: failed.error ?? { message: 'the provider failed after generation started' } }
  throw errorFromBody(envelope, response).with({ partial: completion })
}

/** A 200 body with top-level `error` may still carry the choices generated: they are the partial. */
function withPartialChoices(error: unknown): unknown {
  if (!isOpenRouterError(error) || typeof error.body !== 'object' || error.body === null) return error
  const { error: _upstream, ...rest } = error.body as { error?: unknown; choices?: unknown }
  if (!Array.isArray(rest.choices)) return error
  const partial = rest as ChatCompletion
  fillMissingArguments(partial)
  if (error.generationId !== undefined) partial.generationId = error.generationId
  return error.with({ partial })
}

/**
 * Tool-call arguments as a string that parses: absent or empty becomes `'{}'` (the accumulator
 * does the same for a stream), an object some providers send is serialized. Responses are not
 * validated: anything else is left as it came.
 */
function fillMissingArguments(completion: ChatCompletion): void {
  if (!Array.isArray(completion.choices)) return
  for (const choice of completion.choices) {
    const calls: unknown = choice?.message?.tool_calls
    if (!Array.isArray(calls)) continue
    for (const call of calls) {
      const fn = (call as { function?: { arguments?: unknown } } | null)?.function
      if (typeof fn !== 'object' || fn === null) continue
      const value = fn.arguments
      if (typeof value === 'string') fn.arguments = argumentsOrEmpty(value)
      else fn.arguments = typeof value === 'object' && value !== null ? JSON.stringify(value) : '{}'
    }
  }
}
