/**
 * rateLimit: lets at most `requests` requests start in any `intervalMs` window (per key), making
 * the others wait their turn instead of failing; a user's abort ends the wait at once.
 * Needs: `@orsdk/transport` only.
 * Usage: `createClient({ middleware: [rateLimit({ requests: 20, intervalMs: 60_000 })] })` (free models: 20/min)
 * Not for: limits you do not know (let the 429 and `retry` handle those). A quota shared by
 * several processes needs a shared `store` (the `redisRateLimitStore` recipe): the default counts
 * in this process only.
 *
 * @module
 */
import type { Middleware, MiddlewareRequest } from '@orsdk/transport'

const DEFAULT_KEY = 'all'

/** The quota a `take` checks, at the time `now`. */
export interface RateLimitWindow {
  now: number
  requests: number
  intervalMs: number
}

/**
 * Where start times live: in memory by default; a fleet shares one (`redisRateLimitStore`).
 * `take` is one atomic step: when fewer than `requests` started in the `intervalMs` before `now`,
 * it counts a start at `now` and returns 0; otherwise it returns the ms until a slot frees.
 */
export interface RateLimitStore {
  take(key: string, window: RateLimitWindow): Promise<number> | number
}

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Requests allowed to start per window. */
  requests: number
  /** The window, in ms. */
  intervalMs: number
  /** Which quota a request counts against; default one quota for every request. */
  key?: (request: MiddlewareRequest) => string
  /** Default: start times in a `Map` private to this middleware. */
  store?: RateLimitStore
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number
  /** Waits `ms`, rejecting with `signal.reason` on abort. Injectable for tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/**
 * Spaces requests to fit a known quota (a sliding window of actual start times). A request
 * that finds the window full sleeps until its oldest start leaves it, then checks again: timers
 * can fire late and together, so slots are taken when a request really starts, never reserved
 * ahead. An aborted wait rejects with `signal.reason`. It never rejects by itself (a store may:
 * `redisRateLimitStore` failing closed rejects with `code: 'store_unavailable'`).
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { rateLimit } from '@orsdk/middleware-kit'
 * const client = createClient({
 *   middleware: [rateLimit({ requests: 20, intervalMs: 60_000, key: (request) => String((request.body as { model?: string }).model) })],
 * })
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  if (typeof options !== 'object' || options === null) throw new TypeError('rateLimit: options are required')
  const { requests, intervalMs } = options
  if (typeof requests !== 'number' || !Number.isInteger(requests) || requests < 1)
    throw new TypeError(`rateLimit: requests must be an integer >= 1, got ${String(requests)}`)
  if (typeof intervalMs !== 'number' || !(intervalMs > 0) || !Number.isFinite(intervalMs))
    throw new TypeError(`rateLimit: intervalMs must be a positive number, got ${String(intervalMs)}`)
  const keyOf = checkFunction(options.key, 'key') ?? (() => DEFAULT_KEY)
  const now = checkFunction(options.now, 'now') ?? Date.now
  const sleep = checkFunction(options.sleep, 'sleep') ?? abortableSleep
  const store = options.store ?? memoryStore()
  if (typeof store.take !== 'function') throw new TypeError('rateLimit: store must have a take function')

  return async function rateLimit(request, next) {
    const key = keyOf(request)
    for (;;) {
      if (request.signal?.aborted) throw request.signal.reason
      const taken = store.take(key, { now: now(), requests, intervalMs })
      const waitMs = typeof taken === 'number' ? taken : await taken
      if (!(waitMs > 0)) return next(request)
      await sleep(waitMs, request.signal)
    }
  }
}

/** A sliding window of actual start times per key, oldest first; this middleware's own. */
function memoryStore(): RateLimitStore {
  const windows = new Map<string, number[]>()
  return {
    take(key, { now, requests, intervalMs }) {
      const starts = windows.get(key) ?? []
      windows.set(key, starts)
      while (starts.length > 0 && (starts[0] ?? 0) <= now - intervalMs) starts.shift()
      if (starts.length >= requests) return (starts[0] ?? now) + intervalMs - now
      starts.push(now)
      return 0
    },
  }
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

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`rateLimit: ${name} must be a function`)
  return value
}
