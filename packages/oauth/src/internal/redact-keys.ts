import { OpenRouterError } from '@orsdk/transport'

// Anything shaped like an OpenRouter key (`sk-or-v1-` + 64 hex today; any version tomorrow).
const KEY_SHAPE = /sk-or-[\w-]{8,}/
const KEY_SHAPES = new RegExp(KEY_SHAPE.source, 'g')
const REDACTED = '[redacted]'

/**
 * Returns `error` with every key-shaped string removed from its message, body and cause.
 * The exchange's response carries a freshly issued key, and transport only redacts the
 * caller's own key: a truncated or error-carrying 200 would otherwise quote the new one
 * (JSON.parse's message in `cause` quotes the text too).
 */
export function redactIssuedKeys(error: OpenRouterError): OpenRouterError {
  const bodyText = error.body === undefined ? '' : safeStringify(error.body)
  const cause = error.cause
  const causeText = cause instanceof Error ? `${cause.message}\n${cause.stack ?? ''}` : String(cause ?? '')
  if (!KEY_SHAPE.test(error.message) && !KEY_SHAPE.test(bodyText) && !KEY_SHAPE.test(causeText)) return error
  return new OpenRouterError(error.message.replace(KEY_SHAPES, REDACTED), {
    kind: error.kind,
    status: error.status,
    code: error.code,
    errorType: error.errorType,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    headers: error.headers,
    generationId: error.generationId,
    body: bodyText === '' ? undefined : JSON.parse(bodyText.replace(KEY_SHAPES, REDACTED)),
    // A cause that quotes the key cannot be cleaned without losing what it is: leave it out.
    cause: KEY_SHAPE.test(causeText) ? undefined : cause,
  })
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}
