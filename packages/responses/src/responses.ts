import type { CallOptions } from '@orsdk/transport'
import {
  applyPreset,
  checkParams,
  decodeError,
  errorFromBody,
  type PresetOption,
  requestJson,
} from '@orsdk/transport/protocol'
import { isObject } from './is-object.js'
import { outputText } from './output-text.js'
import type { ResponsesParams } from './request-types.js'
import { responseError } from './response-error.js'
import type { ResponseResult } from './response-types.js'
import { ResponsesParamsSchema } from './responses-params-schema.js'

/** Options of `responses`: the call options, plus `preset` to run a preset saved on OpenRouter. */
export type ResponsesOptions = CallOptions & PresetOption

/**
 * Sends a request to OpenRouter's Responses API (`POST /responses`) and resolves with the whole
 * response, plus `output_text` (every text part joined) and `generationId`.
 *
 * Params are checked before any I/O, and so is the API's statelessness: `previous_response_id`
 * and `store: true` are rejected (send the history in `input`; `toInputItems(result)` gives a
 * result's items). A response with `status: 'failed'` rejects with the kind its error code stands
 * for (`rate_limit_exceeded` is `rate_limit`, ...) and the response on `error.partial`.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad params, or a 4xx), `auth`,
 * `payment_required`, `rate_limit`, `server`, `timeout`, `transport` or `decode`; a user's
 * abort rejects with the platform's `AbortError`.
 * @example
 * import { responses } from '@orsdk/responses'
 * const result = await responses({ model: 'openai/gpt-4o-mini', input: 'Say hello in five words.' })
 * console.log(result.output_text, result.usage?.cost)
 */
export async function responses(
  params: ResponsesParams,
  options: ResponsesOptions = {},
): Promise<ResponseResult> {
  const body = applyPreset(params, options, 'responses')
  checkParams(ResponsesParamsSchema, body, 'responses')
  const response = await requestJson(
    // A failed response is a 200 with `error`: read here, where its code is understood.
    { operation: 'responses', method: 'POST', path: '/responses', body, rejectErrorBody: false },
    options,
  )
  const data = response.data
  if (!isObject(data) || !Array.isArray(data.output)) {
    if (isObject(data) && data.error) throw errorFromBody(data, response)
    throw decodeError(
      'responses: the answer is not a response (no output array)',
      JSON.stringify(data),
      response,
    )
  }
  const result = data as unknown as ResponseResult
  result.output_text = outputText(result.output)
  if (response.generationId !== undefined) result.generationId = response.generationId
  if (result.error || result.status === 'failed')
    throw responseError(result, response).with({ partial: result })
  return result
}
