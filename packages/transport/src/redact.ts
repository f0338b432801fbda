import { OpenRouterError } from './openrouter-error.js'

const REDACTED = '[redacted]'

/**
 * Returns the error with every occurrence of `secret` removed from its message and body,
 * in case an upstream or proxy echoes the key. Errors are rare, so the copy is cheap enough.
 */
export function redactError(error: OpenRouterError, secret: string | undefined): OpenRouterError {
  if (!secret || secret.length < 8) return error
  const bodyText = error.body === undefined ? '' : JSON.stringify(error.body)
  if (!error.message.includes(secret) && !bodyText.includes(secret)) return error
  return new OpenRouterError(error.message.split(secret).join(REDACTED), {
    kind: error.kind,
    status: error.status,
    code: error.code,
    errorType: error.errorType,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    headers: error.headers,
    generationId: error.generationId,
    body: bodyText === '' ? undefined : JSON.parse(bodyText.split(secret).join(REDACTED)),
    cause: error.cause,
  })
}
