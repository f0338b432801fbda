import { isOpenRouterError, OpenRouterError } from '@orsdk/transport'
import type { ChatCompletion } from './response-types.js'

/** What `error.body` holds when a chat call failed after generation started. */
export interface PartialCompletionErrorBody {
  /** The upstream error object (`{ code, message, metadata }`), when there was one. */
  error: unknown
  /** Everything generated before the failure: content, reasoning, tool calls so far. */
  partial: ChatCompletion
}

/**
 * The same error with the partial completion in `body.partial`; anything else (a user's
 * abort) passes through unchanged.
 */
export function attachPartial(error: unknown, partial: ChatCompletion, start?: StartInfo): unknown {
  if (!isOpenRouterError(error)) return error
  const upstream = error.body
  const envelope =
    typeof upstream === 'object' && upstream !== null && 'error' in upstream
      ? (upstream as { error: unknown }).error
      : upstream
  const body: PartialCompletionErrorBody = { error: envelope, partial }
  return new OpenRouterError(error.message, {
    kind: error.kind,
    status: error.status ?? start?.status,
    code: error.code,
    errorType: error.errorType,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    headers: error.headers ?? start?.headers,
    generationId: error.generationId ?? start?.generationId ?? partial.generationId,
    body,
    cause: error,
  })
}

/** What the response headers said, for errors raised in-band that lack it. */
export interface StartInfo {
  status?: number
  headers?: Headers
  generationId?: string
}
