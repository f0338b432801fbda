import { OpenRouterError } from './openrouter-error.js'
import type { Timeouts } from './options.js'

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
    {
      kind: 'timeout',
      retryable: true,
      cause,
    },
  )
}

/** Where a network failure happened: before the response, or while reading its body. */
export type FailurePhase = 'request' | 'body' | 'stream'

/**
 * Wraps a network failure (refused, reset, DNS, TLS, cut body) keeping the original as
 * `cause`. undici and fetch hide the reason in `cause` chains, so the message names it.
 */
export function networkError(error: unknown, phase: FailurePhase): OpenRouterError {
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

/** A body that is not what the operation expects (bad JSON, a missing stream). */
export function decodeError(what: string, sample: string, status?: number, cause?: unknown): OpenRouterError {
  const snippet = sample.length > 200 ? `${sample.slice(0, 200)}…` : sample
  return new OpenRouterError(`OpenRouter response could not be read: ${what}: ${JSON.stringify(snippet)}`, {
    kind: 'decode',
    status,
    retryable: false,
    cause,
  })
}
