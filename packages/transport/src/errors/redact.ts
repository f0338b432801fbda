import { isOpenRouterError, type OpenRouterError } from './openrouter-error.js'

const REDACTED = '[redacted]'
// Anything shaped like an OpenRouter key (`sk-or-v1-` + 64 hex today, any version tomorrow) and
// any bearer token, wherever it stands in the text.
const SECRET_SHAPES = /sk-or-[\w-]{8,}|Bearer\s+[^\s"',;]+/g

/**
 * Removes secrets from a text: the exact `key` (a key need not look like one: a proxy's or a
 * test's), anything shaped like an OpenRouter key, and bearer tokens. The one scrubber every
 * error, log line and telemetry payload of orsdk goes through.
 *
 * @example
 * import { redactSecrets } from '@orsdk/transport'
 * redactSecrets('auth failed for sk-or-v1-0123456789abcdef') // 'auth failed for [redacted]'
 */
export function redactSecrets(text: string, key?: string): string {
  const exact = key !== undefined && key.length >= 8 ? text.split(key).join(REDACTED) : text
  return exact.replace(SECRET_SHAPES, REDACTED)
}

/**
 * The error with secrets removed from its message, body and partial result, in case an upstream
 * or proxy echoes a key; a `cause` that quotes one is dropped, since it cannot be cleaned without
 * losing what it is. Errors are rare, so the copy is cheap enough.
 */
export function redactError(error: OpenRouterError, key?: string): OpenRouterError {
  const body = serialize(error.body)
  const partial = serialize(error.partial)
  const cause =
    error.cause instanceof Error
      ? `${error.cause.message}\n${error.cause.stack ?? ''}`
      : serialize(error.cause)
  // Each text is scrubbed once; what changed is what held a secret.
  const clean = {
    message: redactSecrets(error.message, key),
    body: redactSecrets(body, key),
    partial: redactSecrets(partial, key),
    cause: redactSecrets(cause, key),
  }
  const bodyDirty = clean.body !== body
  const partialDirty = clean.partial !== partial
  const causeDirty = clean.cause !== cause
  if (clean.message === error.message && !bodyDirty && !partialDirty && !causeDirty) return error
  return error.with({
    message: clean.message,
    ...(bodyDirty ? { body: JSON.parse(clean.body) } : {}),
    ...(partialDirty ? { partial: JSON.parse(clean.partial) } : {}),
    ...(causeDirty ? { cause: undefined } : {}),
  })
}

/** `redactError` for whatever was thrown: an `OpenRouterError` is cleaned, anything else kept. */
export function redactThrown(error: unknown, key?: string): unknown {
  return isOpenRouterError(error) ? redactError(error, key) : error
}

function serialize(value: unknown): string {
  // Bytes (a partial audio clip) hold no text to scrub, and serializing them would be costly.
  if (value === undefined || ArrayBuffer.isView(value)) return ''
  if (typeof value === 'string') return JSON.stringify(value)
  try {
    return JSON.stringify(value) ?? ''
  } catch {
    return ''
  }
}
