import type { Timeouts } from '../options.js'
import { type ErrorKind, OpenRouterError } from './openrouter-error.js'

/** What is known about the response an error came from. */
export interface ErrorContext {
  status?: number
  headers?: Headers
  generationId?: string
}

// Only these fields of a context go on an error (a response passed as the context has more).
const fieldsOf = ({ status, headers, generationId }: ErrorContext): ErrorContext => ({
  status,
  headers,
  generationId,
})

/**
 * Bad input, caught before any I/O: params, options, a value in the wrong place. The message
 * names the call and the field (`chat: messages[2].content: ...`) and never quotes a secret.
 *
 * @example
 * if (typeof code !== 'string') throw invalidRequest('exchangeCode: code: must be a string')
 */
export function invalidRequest(message: string, cause?: unknown): OpenRouterError {
  return new OpenRouterError(message, { kind: 'invalid_request', cause })
}

// The raw text a decode error keeps on `body`: enough to see what came back, bounded so a
// multi-megabyte answer is not held twice.
const MAX_RAW_BODY = 64 * 1024

/**
 * A body that is not what the operation expects (bad JSON, a missing stream, no audio). The
 * message quotes the first 200 characters; `body` keeps the first 64 KB of the raw text.
 *
 * @example
 * throw decodeError('embeddings: the response has no data array', JSON.stringify(data), response)
 */
export function decodeError(
  what: string,
  raw: string | undefined,
  context: ErrorContext = {},
  cause?: unknown,
): OpenRouterError {
  const quoted =
    raw === undefined ? '' : `: ${JSON.stringify(raw.length > 200 ? `${raw.slice(0, 200)}…` : raw)}`
  return new OpenRouterError(`${what}${quoted}`, {
    kind: 'decode',
    ...fieldsOf(context),
    body: raw === undefined || raw === '' ? undefined : raw.slice(0, MAX_RAW_BODY),
    cause,
  })
}

/** A call that needs a key and has none: caught before any I/O. */
export function missingKeyError(operation: string): OpenRouterError {
  return new OpenRouterError(
    `${operation}: no API key: pass apiKey to createClient or to the call, or set OPENROUTER_API_KEY`,
    { kind: 'auth' },
  )
}

const timeoutWhat: Record<keyof Timeouts, string> = {
  connectMs: 'no connection',
  headersMs: 'no response headers',
  idleMs: 'no body bytes',
  eventIdleMs: 'no stream event',
  totalMs: 'the call did not finish',
}

/** The error of one of our own timers. */
export function timeoutError(which: keyof Timeouts, ms: number, cause?: unknown): OpenRouterError {
  return new OpenRouterError(
    `OpenRouter request timed out: ${timeoutWhat[which]} within ${ms} ms (timeout.${which})`,
    { kind: 'timeout', retryable: true, cause },
  )
}

/** Where a network failure happened: before the response, or while reading its body. */
export type FailurePhase = 'request' | 'body' | 'stream'

/**
 * Wraps a thrown network failure (refused, reset, DNS, TLS, cut body), keeping the original as
 * `cause`. undici and fetch hide the reason in `cause` chains, so the message names it.
 */
export function networkError(
  error: unknown,
  phase: FailurePhase,
  context: ErrorContext = {},
): OpenRouterError {
  const reason = innermost(error)
  const code = (reason as { code?: unknown }).code
  const detail = `${reason instanceof Error ? reason.message : String(reason)}${typeof code === 'string' ? ` (${code})` : ''}`
  const what =
    phase === 'stream'
      ? 'the stream was cut before its end'
      : phase === 'body'
        ? 'the connection dropped while reading the response'
        : 'could not reach OpenRouter'
  return new OpenRouterError(`OpenRouter request failed: ${what}: ${detail}`, {
    kind: phase === 'stream' ? 'stream_disconnect' : 'transport',
    retryable: true,
    ...fieldsOf(context),
    cause: error,
  })
}

function innermost(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause
    if (cause === undefined || cause === null) break
    current = cause
  }
  return current
}

/** A stream body that ended cleanly but before the protocol's end marker or terminal event. */
export function streamEndedEarly(streamName: string, context: ErrorContext): OpenRouterError {
  return new OpenRouterError(`${streamName}: the body ended before the end of the stream`, {
    kind: 'stream_disconnect',
    retryable: true,
    ...fieldsOf(context),
  })
}

/** What a middleware says about the error it answers with instead of calling `next`. */
export interface PolicyErrorInit {
  kind: ErrorKind
  /** A stable code callers can match on: `circuit_open`, `budget_exceeded`, ... */
  code: string
  retryable?: boolean
  retryAfterMs?: number
  cause?: unknown
}

/**
 * The error a middleware rejects with when a policy of its own stops a call (an open circuit,
 * a spent budget, an unreachable rate-limit store): an `OpenRouterError` with a stable `code`,
 * so callers and other middleware handle it like any other.
 *
 * @example
 * import { type Middleware, policyError } from '@orsdk/transport'
 * const closedOnSundays: Middleware = (request, next) =>
 *   new Date().getDay() === 0
 *     ? Promise.reject(policyError('closed on Sundays', { kind: 'rate_limit', code: 'closed', retryable: true }))
 *     : next(request)
 */
export function policyError(message: string, init: PolicyErrorInit): OpenRouterError {
  return new OpenRouterError(message, init)
}
