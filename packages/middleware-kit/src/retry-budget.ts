/**
 * retryBudget: lets retries through only while they stay under `ratio` of the requests made over
 * the last `windowMs` (plus a floor of `minRetries`), so that during an outage retries cannot
 * multiply the load on a struggling upstream. Put it right after `retry`: it counts a call of
 * `next` with `attempt` 1 as a request and any later attempt as a retry.
 * Needs: `@orsdk/transport` only. Counts are in memory by default; a fleet shares one budget
 * through a store (the `redisRetryBudgetStore` recipe).
 * Usage: `createClient({ middleware: [retry({ maxAttempts: 3 }), retryBudget({ ratio: 0.1, windowMs: 10_000 })] })`
 * Not for: a lone script (the floor lets it retry anyway), or use without `retry` before it (it
 * then only ever sees first attempts).
 *
 * @module
 */
import { type Middleware, policyError } from '@orsdk/transport'

const DEFAULT_MIN_RETRIES = 10
/** The window is counted in tenths: it slides by one tenth at a time. */
const BUCKETS = 10

/** The budget's settings and the time of a step, given to every store call. */
export interface RetryBudgetWindow {
  now: number
  windowMs: number
  ratio: number
  minRetries: number
}

/**
 * Where counts live. `tryWithdraw` is one atomic step: when the retries counted over the window
 * plus this one stay within `max(minRetries, ratio × requests)`, it counts it and returns true.
 */
export interface RetryBudgetStore {
  /** Counts a request (a first attempt). */
  deposit(window: RetryBudgetWindow): Promise<void> | void
  tryWithdraw(window: RetryBudgetWindow): Promise<boolean> | boolean
}

/** Options of {@link retryBudget}. */
export interface RetryBudgetOptions {
  /** Retries allowed per request over the window: 0.1 lets 10 retries through per 100 requests. */
  ratio: number
  /** The window the counts cover, in ms. */
  windowMs: number
  /** Retries always allowed per window, however few the requests. Default 10. */
  minRetries?: number
  /** Default: counts in memory, private to this middleware. */
  store?: RetryBudgetStore
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number
}

/**
 * Refuses a retry once the budget is spent: the retry is not sent and the call rejects with an
 * `OpenRouterError` of `kind: 'server'`, `code: 'retry_budget_exhausted'`, `retryable: false`, so
 * `retry` stops there. Requests are counted without waiting for the store. A store may reject
 * a retry too (`redisRetryBudgetStore` failing closed: `code: 'store_unavailable'`).
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { retry, retryBudget } from '@orsdk/middleware-kit'
 * const client = createClient({ middleware: [retry({ maxAttempts: 3 }), retryBudget({ ratio: 0.1, windowMs: 10_000 })] })
 */
export function retryBudget(options: RetryBudgetOptions): Middleware {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('retryBudget: options are required')
  const ratio = checkNumber(options.ratio, 'ratio', 0)
  const windowMs = checkNumber(options.windowMs, 'windowMs', BUCKETS)
  const minRetries = checkNumber(options.minRetries ?? DEFAULT_MIN_RETRIES, 'minRetries', 0)
  const now = options.now ?? Date.now
  if (typeof now !== 'function') throw new TypeError('retryBudget: now must be a function')
  const store = options.store ?? memoryStore()
  if (typeof store.deposit !== 'function' || typeof store.tryWithdraw !== 'function')
    throw new TypeError('retryBudget: store must have deposit and tryWithdraw functions')
  const windowAt = (time: number): RetryBudgetWindow => ({ now: time, windowMs, ratio, minRetries })

  return async function retryBudget(request, next) {
    if (request.attempt <= 1) {
      // Counting is not on the request's path: a store that fails has logged it already.
      const deposited = store.deposit(windowAt(now()))
      if (isPromise(deposited)) deposited.catch(() => {})
      return next(request)
    }
    const withdrawn = store.tryWithdraw(windowAt(now()))
    if (!(typeof withdrawn === 'boolean' ? withdrawn : await withdrawn)) {
      throw policyError(
        `retry budget exhausted: retries in the last ${windowMs} ms reached ${ratio} of the requests ` +
          `(or ${minRetries}, the floor): attempt ${request.attempt} not sent`,
        { kind: 'server', code: 'retry_budget_exhausted', retryable: false },
      )
    }
    return next(request)
  }
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function'
}

/** Counts per tenth of the window, the oldest dropped as the window slides past them. */
function memoryStore(): RetryBudgetStore {
  const buckets = new Map<number, { requests: number; retries: number }>()
  const current = ({ now, windowMs }: RetryBudgetWindow) => {
    const index = Math.floor(now / (windowMs / BUCKETS))
    for (const old of buckets.keys()) if (old <= index - BUCKETS) buckets.delete(old)
    const bucket = buckets.get(index) ?? { requests: 0, retries: 0 }
    buckets.set(index, bucket)
    return bucket
  }
  return {
    deposit(window) {
      current(window).requests++
    },
    tryWithdraw(window) {
      const bucket = current(window)
      let [requests, retries] = [0, 0]
      for (const counts of buckets.values())
        [requests, retries] = [requests + counts.requests, retries + counts.retries]
      if (retries + 1 > Math.max(window.minRetries, window.ratio * requests)) return false
      bucket.retries++
      return true
    },
  }
}

function checkNumber(value: unknown, name: string, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min)
    throw new TypeError(`retryBudget: ${name} must be a finite number >= ${min}, got ${String(value)}`)
  return value
}
