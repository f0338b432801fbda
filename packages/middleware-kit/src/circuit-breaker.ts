/**
 * circuitBreaker: counts failures in a row per model (or a key you pick); after `failureThreshold`
 * it opens and rejects at once, with no network I/O, until `cooldownMs` has passed; then one trial
 * request goes through (half-open) and its outcome closes or re-opens the circuit.
 * Needs: `@orsdk/transport` only. State sits behind a store: in memory by default; a fleet shares
 * one through an `AtomicBreakerStore` (the `redisBreakerStore` recipe).
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
 * A circuit store by reads and writes (the memory default is one). An async one cannot read and
 * write in one step, so a few concurrent trials may pass at a half-open: shared stores should be
 * an {@link AtomicBreakerStore}.
 */
export interface BreakerStore {
  get(key: string): Promise<BreakerState | undefined> | BreakerState | undefined
  set(key: string, state: BreakerState): Promise<void> | void
}

/** The time of a step and the breaker's settings, given to every store call. */
export interface BreakerStep {
  now: number
  failureThreshold: number
  cooldownMs: number
}

/** The circuit as `enter` found it, and whether this request became its half-open trial. */
export interface BreakerEntry {
  state: BreakerState
  trial: boolean
}

/**
 * `success` closes; `failure` counts one more in a row (opening at the threshold when closed);
 * `trial-failure` re-opens from `now`; `release` (an aborted trial) leaves it open, due a trial.
 */
export type BreakerOutcome = 'success' | 'failure' | 'trial-failure' | 'release'

/** A store that makes each step one atomic operation (a Lua script on Redis): what a fleet shares. */
export interface AtomicBreakerStore {
  /** Reads the circuit; when it is open (or half-open) past its cool-down, makes this request the trial. */
  enter(key: string, step: BreakerStep): Promise<BreakerEntry> | BreakerEntry
  record(key: string, outcome: BreakerOutcome, step: BreakerStep): Promise<void> | void
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
  store?: BreakerStore | AtomicBreakerStore
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
 * the circuit (the upstream answered) and an abort leaves it due another trial. A store may
 * reject too (`redisBreakerStore` failing closed: `code: 'store_unavailable'`).
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { circuitBreaker } from '@orsdk/middleware-kit'
 * const client = createClient({ middleware: [circuitBreaker({ failureThreshold: 3, cooldownMs: 10_000 })] })
 */
export function circuitBreaker(options: CircuitBreakerOptions = {}): Middleware {
  const failureThreshold = checkNumber(
    options.failureThreshold,
    'failureThreshold',
    DEFAULT_FAILURE_THRESHOLD,
    1,
  )
  const cooldownMs = checkNumber(options.cooldownMs, 'cooldownMs', DEFAULT_COOLDOWN_MS, 0)
  const keyOf = checkFunction(options.key, 'key') ?? defaultKey
  const isFailure =
    checkFunction(options.isFailure, 'isFailure') ?? ((error) => isOpenRouterError(error) && error.retryable)
  const now = checkFunction(options.now, 'now') ?? Date.now
  const store = atomic(options.store ?? memoryStore())
  const stepAt = (time: number): BreakerStep => ({ now: time, failureThreshold, cooldownMs })

  return async function circuitBreaker(request, next) {
    const key = keyOf(request)
    const step = stepAt(now())
    // A synchronous store enters in this tick, so exactly one trial half-opens it.
    const entered = store.enter(key, step)
    const { state, trial } = isPromise(entered) ? await entered : entered
    if (state.state !== 'closed' && !trial)
      throw openError(key, state, (state.openedAt ?? 0) + cooldownMs - step.now)
    const record = async (outcome: BreakerOutcome) => store.record(key, outcome, stepAt(now()))
    let response: MiddlewareResponse
    try {
      response = await next(request)
    } catch (error) {
      if (isFailure(error)) await record(trial ? 'trial-failure' : 'failure')
      // The upstream answered (a 400): close. An abort says nothing: due another trial.
      else if (trial) await record(request.signal?.aborted ? 'release' : 'success')
      throw error
    }
    if (trial || state.failures > 0) await record('success')
    return response
  }
}

/** The breaker's steps on a read/write store: atomic when the store is synchronous (memory). */
function atomic(store: BreakerStore | AtomicBreakerStore): AtomicBreakerStore {
  if ('enter' in store && typeof store.enter === 'function' && typeof store.record === 'function')
    return store
  const { get, set } = store as Partial<BreakerStore>
  if (typeof get !== 'function' || typeof set !== 'function')
    throw new TypeError('circuitBreaker: store must have get and set, or enter and record, functions')
  const read = <T>(key: string, then: (state: BreakerState) => T | Promise<T>) => {
    const stored = get.call(store, key)
    return isPromise(stored) ? stored.then((state) => then(state ?? CLOSED)) : then(stored ?? CLOSED)
  }
  const write = <T>(key: string, state: BreakerState, result: T) => {
    const written = set.call(store, key, state)
    return isPromise(written) ? written.then(() => result) : result
  }
  return {
    enter: (key, { now, cooldownMs }) =>
      read(key, (state) => {
        if (state.state === 'closed' || (state.openedAt ?? 0) + cooldownMs > now)
          return { state, trial: false }
        return write(
          key,
          { state: 'half-open', failures: state.failures, openedAt: now },
          { state, trial: true },
        )
      }),
    record: (key, outcome, { now, cooldownMs, failureThreshold }) =>
      read(key, (state) => {
        if (outcome === 'success') return write(key, CLOSED, undefined)
        if (outcome === 'release')
          return write(key, { ...state, state: 'open', openedAt: now - cooldownMs }, undefined)
        const failures = state.failures + 1
        const opens =
          outcome === 'trial-failure' || (state.state === 'closed' && failures >= failureThreshold)
        return write(
          key,
          opens ? { state: 'open', failures, openedAt: now } : { ...state, failures },
          undefined,
        )
      }),
  }
}

function openError(key: string, state: BreakerState, leftMs: number): OpenRouterError {
  const why =
    state.state === 'open'
      ? `open after ${state.failures} failures in a row`
      : 'half-open, a trial is in flight'
  const waitMs = Math.max(1, Math.ceil(leftMs))
  const when = new Date(Date.now() + waitMs).toISOString()
  return policyError(
    `circuit breaker for "${key}" is ${why}: not sent; it half-opens in ${waitMs} ms (at ${when})`,
    { kind: 'server', code: 'circuit_open', retryable: true, retryAfterMs: waitMs },
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
