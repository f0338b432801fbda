/**
 * redisBreakerStore: keeps `circuitBreaker`'s circuits in Redis, so a fleet shares them: the
 * failures every process sees count together, a circuit one process opens is open for all, and
 * one half-open trial goes out for the whole fleet. Each step is one Lua script: atomic, one round trip.
 * Needs: `@orsdk/transport`, and a connected node-redis client (`redis`) that you pass in; this file
 * imports nothing from it.
 * Usage: `circuitBreaker({ store: redisBreakerStore(redis, { prefix: 'my-app:' }) })`
 * Not for: one process (the memory default costs nothing), or a Redis that cannot run Lua (EVAL).
 *
 * @module
 */
import { policyError } from '@orsdk/transport'

const DEFAULT_PREFIX = 'orsdk:'
const DEFAULT_COMMAND_TIMEOUT_MS = 250
/** A circuit's key outlives its last change by 10 cool-downs (at least a minute), then goes. */
const MIN_KEY_TTL_MS = 60_000

/** What the store uses of a node-redis client (`createClient` or `createCluster` from `redis`). */
export interface RedisScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>
  /** node-redis: false until connected and while reconnecting; the store then fails at once. */
  readonly isReady?: boolean
}

/** Options of the Redis stores. */
export interface RedisStoreOptions {
  /** Starts every key. Default `'orsdk:'`. */
  prefix?: string
  /** Longest wait for Redis in one step; past it the step fails (see `onStoreError`). Default 250 ms. */
  commandTimeoutMs?: number
  /** When Redis fails: `'open'` (default) acts as if there were no policy, `'closed'` rejects the call. */
  onStoreError?: 'open' | 'closed'
}

// The store side of circuit-breaker.ts, repeated so that this file stands alone.
interface BreakerState {
  state: 'closed' | 'open' | 'half-open'
  failures: number
  openedAt?: number
}
interface BreakerStep {
  now: number
  failureThreshold: number
  cooldownMs: number
}

/** An `AtomicBreakerStore` of `circuitBreaker`. */
export interface RedisBreakerStore {
  enter(key: string, step: BreakerStep): Promise<{ state: BreakerState; trial: boolean }>
  record(
    key: string,
    outcome: 'success' | 'failure' | 'trial-failure' | 'release',
    step: BreakerStep,
  ): Promise<void>
}

// KEYS[1]: the circuit, a hash {state, failures, openedAt} (no key: closed, no failures).
// ARGV: step, now, cooldownMs, failureThreshold, key TTL in ms.
const SCRIPT = `
local key, step, now, cooldown = KEYS[1], ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local stored = redis.call('HMGET', key, 'state', 'failures', 'openedAt')
local state, failures, openedAt = stored[1] or 'closed', tonumber(stored[2]) or 0, tonumber(stored[3]) or 0
if step == 'enter' then
  if state == 'closed' or openedAt + cooldown > now then return {state, failures, openedAt, 0} end
  redis.call('HSET', key, 'state', 'half-open', 'openedAt', now)
  redis.call('PEXPIRE', key, ARGV[5])
  return {state, failures, openedAt, 1}
elseif step == 'success' then
  redis.call('DEL', key)
elseif step == 'release' then
  if state == 'half-open' then redis.call('HSET', key, 'state', 'open', 'openedAt', now - cooldown) end
else
  failures = failures + 1
  if step == 'trial-failure' or (state == 'closed' and failures >= tonumber(ARGV[4])) then
    redis.call('HSET', key, 'state', 'open', 'failures', failures, 'openedAt', now)
  else
    redis.call('HSET', key, 'failures', failures)
  end
  redis.call('PEXPIRE', key, ARGV[5])
end
return 1`

/**
 * A circuit store on Redis for `circuitBreaker({ store })`, shared by every process that uses the
 * same Redis and `prefix` (key `<prefix>breaker:<circuit>`). Times come from the breaker's `now`
 * (keep the fleet's clocks in sync). When Redis fails or does not answer within
 * `commandTimeoutMs`: with `onStoreError: 'open'` the call goes as if the circuit were closed (one
 * `console.warn` per outage); with `'closed'` it rejects with an `OpenRouterError` of
 * `kind: 'transport'`, `code: 'store_unavailable'`. An outcome that cannot be recorded is only logged.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient as createRedisClient } from 'redis'
 * import { createClient } from '@orsdk/transport'
 * import { circuitBreaker } from '@orsdk/middleware-kit'
 * import { redisBreakerStore } from '@orsdk/middleware-kit/redis'
 * const redis = await createRedisClient({ url: process.env.REDIS_URL }).on('error', () => {}).connect()
 * const client = createClient({ middleware: [circuitBreaker({ store: redisBreakerStore(redis) })] })
 */
export function redisBreakerStore(
  redis: RedisScriptClient,
  options: RedisStoreOptions = {},
): RedisBreakerStore {
  const { prefix, run } = scriptRunner(redis, SCRIPT, options, 'redisBreakerStore')
  const args = (step: string, { now, cooldownMs, failureThreshold }: BreakerStep) =>
    [step, now, cooldownMs, failureThreshold, Math.max(MIN_KEY_TTL_MS, 10 * cooldownMs)].map(String)
  return {
    async enter(key, step) {
      const reply = await run([`${prefix}breaker:${key}`], args('enter', step), true)
      if (!Array.isArray(reply)) return { state: { state: 'closed', failures: 0 }, trial: false }
      const [state, failures, openedAt, trial] = reply as [BreakerState['state'], number, number, number]
      return {
        state: { state, failures: Number(failures), openedAt: Number(openedAt) },
        trial: Number(trial) === 1,
      }
    },
    async record(key, outcome, step) {
      await run([`${prefix}breaker:${key}`], args(outcome, step), false)
    },
  }
}

/**
 * Runs the script by its SHA1 (the text goes to Redis once, after a NOSCRIPT) within the timeout.
 * On failure it logs once per outage, then resolves undefined (fail open) or, for a step that
 * decides whether a call goes, rejects (fail closed). Repeated in each Redis recipe file.
 */
function scriptRunner(redis: RedisScriptClient, script: string, options: RedisStoreOptions, name: string) {
  if (typeof redis?.eval !== 'function' || typeof redis.evalSha !== 'function')
    throw new TypeError(`${name}: redis must be a node-redis client (with eval and evalSha)`)
  const {
    prefix = DEFAULT_PREFIX,
    commandTimeoutMs = DEFAULT_COMMAND_TIMEOUT_MS,
    onStoreError = 'open',
  } = options
  if (typeof prefix !== 'string') throw new TypeError(`${name}: prefix must be a string`)
  if (typeof commandTimeoutMs !== 'number' || !(commandTimeoutMs > 0) || !Number.isFinite(commandTimeoutMs))
    throw new TypeError(
      `${name}: commandTimeoutMs must be a positive number, got ${String(commandTimeoutMs)}`,
    )
  if (onStoreError !== 'open' && onStoreError !== 'closed')
    throw new TypeError(`${name}: onStoreError must be 'open' or 'closed'`)
  let sha1: Promise<string> | undefined
  let failing = false
  const send = async (keys: string[], args: string[]) => {
    if (redis.isReady === false) throw new Error('the client is not connected (or is reconnecting)')
    sha1 ??= hexSha1(script)
    const command = { keys, arguments: args }
    const reply = redis
      .evalSha(await sha1, command)
      .catch((error: unknown) =>
        String(error).includes('NOSCRIPT') ? redis.eval(script, command) : Promise.reject(error),
      )
    return within(reply, commandTimeoutMs)
  }
  const run = async (keys: string[], args: string[], decides: boolean): Promise<unknown> => {
    try {
      const reply = await send(keys, args)
      failing = false
      return reply
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      if (!failing)
        console.warn(`${name}: Redis failed (${reason}); failing ${onStoreError} until it answers`)
      failing = true
      if (onStoreError === 'open' || !decides) return undefined
      throw policyError(`${name}: Redis failed (${reason}): not sent (onStoreError: 'closed')`, {
        kind: 'transport',
        code: 'store_unavailable',
        retryable: false,
        cause: error,
      })
    }
  }
  return { prefix, run }
}

/** Rejects after `ms` if `promise` has not settled; a late answer is dropped (a sent command cannot be recalled). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}

async function hexSha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
