/**
 * circuitBreaker: counts failures in a row per model (or a key you pick); after `failureThreshold`
 * it opens and rejects at once, with no network I/O, until `cooldownMs` has passed; then one trial
 * request goes through (half-open) and its outcome closes or re-opens the circuit.
 * Needs: `@orsdk/transport` only. State sits behind `BreakerStore`, so a fleet can share it (Redis, ...).
 * Usage: `createClient({ middleware: [circuitBreaker({ failureThreshold: 5, cooldownMs: 30_000 })] })`
 * Not for: a single script making a handful of calls (there is nothing to protect), or errors
 * that are about your request (they do not count).
 *
 * @module
 */
import {
  isOpenRouterError,
  type Middleware,
  type MiddlewareRequest,
  type MiddlewareResponse,
  type OpenRouterError,
  policyError,
} from '@orsdk/transport'

const DEFAULT_FAILURE_THRESHOLD = 5
const DEFAULT_COOLDOWN_MS = 30_000
const CLOSED: BreakerState = Object.freeze({ state: 'closed', failures: 0 })

/** One circuit, as stored. `openedAt` is when it opened, or when its half-open trial started. */
export interface BreakerState {
  state: 'closed' | 'open' | 'half-open'
  failures: number
  openedAt?: number
}

/**
 * Where circuits live: in memory by default; implement it over Redis or similar to share one.
 * An async store cannot read and write in one step, so a few concurrent trials may pass at a
 * half-open; use a compare-and-set in `set` if that matters.
 */
export interface BreakerStore {
  get(key: string): Promise<BreakerState | undefined> | BreakerState | undefined
  set(key: string, state: BreakerState): Promise<void> | void
}

/** Options of {@link circuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Failures in a row that open the circuit. Default 5. */
  failureThreshold?: number
  /** How long an open circuit rejects before a trial. Default 30 000 ms. */
  cooldownMs?: number
  /** The circuit of a request; default its body's `model`, else its operation. */
  key?: (request: MiddlewareRequest) => string
  /** Default: a `Map` private to this middleware. */
  store?: BreakerStore
  /** Whether an error counts as a failure; default: `isOpenRouterError(error) && error.retryable`. */
  isFailure?: (error: unknown) => boolean
  /** The clock, in ms. Default `Date.now`. */
  now?: () => number
}

/**
 * Opens a circuit after repeated failures and short-circuits while it is open. The rejection
 * is an `OpenRouterError` with `kind: 'server'`, `code: 'circuit_open'`, `retryable: true` and
 * `retryAfterMs` set to the cool-down left, so `retry` and `rotateModels` handle it. Errors
 * that do not count (a 400, the user's abort) leave the count alone; in half-open a 400 closes
 * the circuit (the upstream answered) and an abort puts it back as it was.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { circuitBreaker } from '@orsdk/middleware-kit'
 * const client = createClient({ middleware: [circuitBreaker({ failureThreshold: 3, cooldownMs: 10_000 })] })
 */
export function circuitBreaker(options: CircuitBreakerOptions = {}): Middleware {
  const threshold = checkNumber(options.failureThreshold, 'failureThreshold', DEFAULT_FAILURE_THRESHOLD, 1)
  const cooldownMs = checkNumber(options.cooldownMs, 'cooldownMs', DEFAULT_COOLDOWN_MS, 0)
  const keyOf = checkFunction(options.key, 'key') ?? defaultKey
  const isFailure =
    checkFunction(options.isFailure, 'isFailure') ?? ((error) => isOpenRouterError(error) && error.retryable)
  const now = checkFunction(options.now, 'now') ?? Date.now
  const store = options.store ?? memoryStore()
  if (typeof store.get !== 'function' || typeof store.set !== 'function')
    throw new TypeError('circuitBreaker: store must have get and set functions')

  return async function circuitBreaker(request, next) {
    const key = keyOf(request)
    // A synchronous store is read and written in one tick, so exactly one trial half-opens it.
    const stored = store.get(key)
    const current = (isPromise(stored) ? await stored : stored) ?? CLOSED
    if (current.state !== 'closed') {
      const leftMs = (current.openedAt ?? 0) + cooldownMs - now()
      if (leftMs > 0) throw openError(key, current, leftMs)
      const written = store.set(key, { state: 'half-open', failures: current.failures, openedAt: now() })
      if (isPromise(written)) await written
    }
    const write = async (state: BreakerState) => store.set(key, state)
    let response: MiddlewareResponse
    try {
      response = await next(request)
    } catch (error) {
      const failures = current.failures + 1
      if (isFailure(error)) {
        const opens = current.state !== 'closed' || failures >= threshold
        await write(opens ? { state: 'open', failures, openedAt: now() } : { state: 'closed', failures })
      } else if (current.state !== 'closed') {
        // The upstream answered (a 400): close. An abort says nothing: put the circuit back.
        await write(request.signal?.aborted ? current : CLOSED)
      }
      throw error
    }
    if (current.state !== 'closed' || current.failures > 0) await write(CLOSED)
    return response
  }
}

function openError(key: string, state: BreakerState, leftMs: number): OpenRouterError {
  const why =
    state.state === 'open'
      ? `open after ${state.failures} failures in a row`
      : 'half-open, a trial is in flight'
  const when = new Date(Date.now() + leftMs).toISOString()
  return policyError(
    `circuit breaker for "${key}" is ${why}: not sent; it half-opens in ${Math.ceil(leftMs)} ms (at ${when})`,
    { kind: 'server', code: 'circuit_open', retryable: true, retryAfterMs: Math.ceil(leftMs) },
  )
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function'
}

function memoryStore(): BreakerStore {
  const states = new Map<string, BreakerState>()
  return { get: (key) => states.get(key), set: (key, state) => void states.set(key, state) }
}

function defaultKey(request: MiddlewareRequest): string {
  const model = (request.body as { model?: unknown } | undefined)?.model
  return typeof model === 'string' ? model : request.operation
}

function checkNumber(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value) || value < min)
    throw new TypeError(`circuitBreaker: ${name} must be a number >= ${min}, got ${String(value)}`)
  return value
}

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`circuitBreaker: ${name} must be a function`)
  return value
}
