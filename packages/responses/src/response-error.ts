import type { OpenRouterError } from '@orsdk/transport'
import { type ErrorContext, errorFromBody } from '@orsdk/transport/protocol'
import { isObject, type Json } from './is-object.js'

// The Responses API names a failure with a string code (spec `ResponsesErrorField`). A code that
// is about the request (`invalid_prompt`, the image ones, `bio_policy`, `data_residency_mismatch`)
// stands for a 400 and a rate limit for a 429, which give the error the kind and retryability the
// same failure has as an HTTP error; a numeric code (OpenRouter's own) is that status already.
// Any other code (`server_error`, codes newer than these) is an upstream failure: `server`.
const REQUEST_CODE =
  /^(invalid_|image_|unsupported_image|empty_image|failed_to_download|bio_policy|data_residency)/

const statusOf = (code: unknown) =>
  code === 'rate_limit_exceeded' ? 429 : typeof code === 'string' && REQUEST_CODE.test(code) ? 400 : undefined

/**
 * The `{ code, message }` of a failure as the wire carries it: an `error` event (flat, or with
 * OpenRouter's `error` envelope), a `response.failed` event's `response.error`, or a buffered
 * response's `error`.
 */
export function failureOf(body: unknown): Json | undefined {
  if (!isObject(body)) return undefined
  if (isObject(body.response)) return isObject(body.response.error) ? body.response.error : undefined
  if (isObject(body.error)) return body.error
  return body.type === 'error' ? body : undefined
}

/**
 * The `OpenRouterError` of a failed response, its kind from the code; `body` is what came over
 * the wire (the event, or the buffered response).
 */
export function responseError(body: unknown, context: ErrorContext): OpenRouterError {
  const failure = failureOf(body) ?? { message: 'the response failed without an error' }
  const { code, message, metadata } = failure
  const status = statusOf(code)
  const envelope = {
    error: {
      code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
      message,
      http_status: status,
      metadata,
    },
  }
  const error = errorFromBody(envelope, context)
  return error.with({
    body,
    errorType: error.errorType ?? (status === undefined ? undefined : (code as string)),
  })
}
