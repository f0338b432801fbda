/**
 * redisRateLimitStore: keeps `rateLimit`'s start times in Redis, so one quota holds for a whole
 * fleet: 20 processes limited to 50 requests/s together send 50/s, not 20 × 50. A sliding window
 * of actual starts (a sorted set per key), checked and taken in one Lua script: atomic, one round trip.
 * Needs: `@orsdk/transport`, and a connected node-redis client (`redis`) that you pass in; this file
 * imports nothing from it.
 * Usage: `rateLimit({ requests: 50, intervalMs: 1000, store: redisRateLimitStore(redis) })`
 * Not for: one process (the memory default costs nothing), or a Redis that cannot run Lua (EVAL).
 *
 * @module
 */
import { policyError } from '@orsdk/transport'

const DEFAULT_PREFIX = 'orsdk:'
const DEFAULT_COMMAND_TIMEOUT_MS = 250

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

/** A `RateLimitStore` of `rateLimit`. */
export interface RedisRateLimitStore {
  take(key: string, window: { now: number; requests: number; intervalMs: number }): Promise<number>
}

// KEYS[1]: a sorted set of start times (member: time and a random tag). ARGV: now, requests,
// intervalMs, member. Returns 0 when a start was taken, else the ms until the oldest leaves.
const SCRIPT = `
local key, now, requests, interval = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - interval)
if redis.call('ZCARD', key) < requests then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, math.ceil(interval))
  return 0
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return math.max(1, math.ceil(tonumber(oldest[2]) + interval - now))`

/**
 * A rate-limit store on Redis for `rateLimit({ store })`, shared by every process that uses the same
 * Redis and `prefix` (key `<prefix>rate-limit:<quota>`, holding at most `requests` entries and
 * expiring one interval after the last start). Times come from the limiter's `now` (keep the
 * fleet's clocks in sync: a skew of d ms lets through up to d ms' worth of extra starts). When
 * Redis fails or does not answer within `commandTimeoutMs`: with `onStoreError: 'open'` the request
 * goes as if there were no limit (one `console.warn` per outage); with `'closed'` it rejects with an
 * `OpenRouterError` of `kind: 'transport'`, `code: 'store_unavailable'`.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient as createRedisClient } from 'redis'
 * import { createClient } from '@orsdk/transport'
 * import { rateLimit } from '@orsdk/middleware-kit'
 * import { redisRateLimitStore } from '@orsdk/middleware-kit/redis'
 * const redis = await createRedisClient({ url: process.env.REDIS_URL }).on('error', () => {}).connect()
 * const store = redisRateLimitStore(redis, { prefix: 'my-app:' })
 * const client = createClient({ middleware: [rateLimit({ requests: 50, intervalMs: 1000, store })] })
 */
export function redisRateLimitStore(
  redis: RedisScriptClient,
  options: RedisStoreOptions = {},
): RedisRateLimitStore {
  const { prefix, run } = scriptRunner(redis, SCRIPT, options, 'redisRateLimitStore')
  return {
    async take(key, { now, requests, intervalMs }) {
      const member = `${now}:${Math.random().toString(36).slice(2, 12)}`
      const args = [now, requests, intervalMs, member].map(String)
      const reply = await run([`${prefix}rate-limit:${key}`], args, true)
      return reply === undefined ? 0 : Number(reply)
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
