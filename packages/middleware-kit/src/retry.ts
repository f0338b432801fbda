/**
 * retry: calls `next` again after a retryable failure, with capped attempts, exponential backoff
 * with full jitter, and the server's `Retry-After` honoured (up to a cap).
 * Needs: `@orsdk/transport` only.
 * Usage: `createClient({ middleware: [retry({ maxAttempts: 4 })] })`
 * Not for: requests that must not be sent twice (a retried call can bill twice), or streams that
 * already delivered events (those are never retried: `next` resolves at the headers).
 *
 * @module
 */
import { isOpenRouterError, type Middleware } from '@orsdk/transport'

const DEFAULT_MAX_ATTEMPTS = 3
const DEFAULT_BASE_DELAY_MS = 500
const DEFAULT_MAX_DELAY_MS = 30_000
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000

/** Options of {@link retry}. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number
  /** Backoff base: attempt n waits a random time in [0, base * 2^(n-1)]. Default 500 ms. */
  baseDelayMs?: number
  /** Ceiling of one backoff wait. Default 30 000 ms. */
  maxDelayMs?: number
  /** Longest `Retry-After` honoured. Default 60 000 ms. */
  maxRetryAfterMs?: number
  /** When the server asks for longer than `maxRetryAfterMs`: `'give-up'` (default) or `'wait-max'`. */
  onLongRetryAfter?: 'give-up' | 'wait-max'
  /** Decides whether to retry; default: `isOpenRouterError(error) && error.retryable`. */
  shouldRetry?: (error: unknown, attempt: number) => boolean
  /** Called before each wait, e.g. to log it. */
  onRetry?: (event: { error: unknown; attempt: number; delayMs: number }) => void
  /** Waits `ms`, rejecting with `signal.reason` on abort. Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Returns a number in [0, 1) for the jitter. Default `Math.random`. */
  random?: () => number
}

/**
 * Retries failed requests. Only failures before a response starts are seen here: for a stream,
 * `next` resolves once the headers arrive, so a stream that fails after it started delivering
 * events is never retried (the consumer gets the `stream_disconnect` or in-band error).
 * A user's abort ends the wait at once and rejects with `signal.reason`.
 *
 * Throws `TypeError` naming the option when an option is invalid; at run time it rethrows the
 * last error (any `OpenRouterError` kind) once it gives up.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { retry } from '@orsdk/middleware-kit'
 * const client = createClient({ middleware: [retry({ maxAttempts: 4, baseDelayMs: 250 })] })
 */
export function retry(options: RetryOptions = {}): Middleware {
  const maxAttempts = checkNumber(options.maxAttempts, 'maxAttempts', DEFAULT_MAX_ATTEMPTS, 1)
  if (!Number.isInteger(maxAttempts)) throw new TypeError('retry: maxAttempts must be an integer')
  const baseDelayMs = checkNumber(options.baseDelayMs, 'baseDelayMs', DEFAULT_BASE_DELAY_MS, 0)
  const maxDelayMs = checkNumber(options.maxDelayMs, 'maxDelayMs', DEFAULT_MAX_DELAY_MS, 0)
  const maxRetryAfterMs = checkNumber(
    options.maxRetryAfterMs,
    'maxRetryAfterMs',
    DEFAULT_MAX_RETRY_AFTER_MS,
    0,
  )
  const onLong = options.onLongRetryAfter ?? 'give-up'
  if (onLong !== 'give-up' && onLong !== 'wait-max')
    throw new TypeError("retry: onLongRetryAfter must be 'give-up' or 'wait-max'")
  const shouldRetry = checkFunction(options.shouldRetry, 'shouldRetry') ?? isRetryable
  const onRetry = checkFunction(options.onRetry, 'onRetry')
  const sleep = checkFunction(options.sleep, 'sleep') ?? abortableSleep
  const random = checkFunction(options.random, 'random') ?? Math.random

  return async function retry(request, next) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(request)
      } catch (error) {
        // Never retry the user's own abort, whatever shouldRetry says.
        if (request.signal?.aborted || attempt >= maxAttempts || !shouldRetry(error, attempt)) throw error
        const retryAfterMs = isOpenRouterError(error) ? error.retryAfterMs : undefined
        if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs && onLong === 'give-up') throw error
        const backoffMs = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
        const delayMs = retryAfterMs === undefined ? backoffMs : Math.min(retryAfterMs, maxRetryAfterMs)
        onRetry?.({ error, attempt, delayMs })
        await sleep(delayMs, request.signal)
      }
    }
  }
}

function isRetryable(error: unknown): boolean {
  return isOpenRouterError(error) && error.retryable
}

/** Resolves after `ms`; rejects with `signal.reason` as soon as `signal` aborts, clearing the timer. */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function checkNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value < min)
    throw new TypeError(`retry: ${name} must be a number >= ${min}, got ${String(value)}`)
  return value
}

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`retry: ${name} must be a function`)
  return value
}
