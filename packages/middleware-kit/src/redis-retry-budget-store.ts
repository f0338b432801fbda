/**
 * redisRetryBudgetStore: keeps `retryBudget`'s counts in Redis, so one budget holds for a whole
 * fleet: retries stay under the ratio of all the fleet's requests, wherever they are made. Counts
 * per tenth of the window in one hash; deposit and withdraw are each one Lua script (atomic).
 * Needs: `@orsdk/transport`, and a connected node-redis client (`redis`) that you pass in; this file
 * imports nothing from it.
 * Usage: `retryBudget({ ratio: 0.1, windowMs: 10_000, store: redisRetryBudgetStore(redis) })`
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

// The store side of retry-budget.ts, repeated so that this file stands alone.
interface RetryBudgetWindow {
  now: number
  windowMs: number
  ratio: number
  minRetries: number
}

/** A `RetryBudgetStore` of `retryBudget`. */
export interface RedisRetryBudgetStore {
  deposit(window: RetryBudgetWindow): Promise<void>
  tryWithdraw(window: RetryBudgetWindow): Promise<boolean>
}

// KEYS[1]: a hash of counts per tenth of the window, 'r<tenth>' requests and 't<tenth>' retries.
// ARGV: step ('deposit' or 'withdraw'), now, windowMs, ratio, minRetries. Returns 1 or 0 (refused).
const SCRIPT = `
local key, step, now, window = KEYS[1], ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local tenth = string.format('%d', math.floor(now / (window / 10)))
local function count()
  local requests, retries, fields = 0, 0, redis.call('HGETALL', key)
  for i = 1, #fields, 2 do
    if tonumber(string.sub(fields[i], 2)) <= tonumber(tenth) - 10 then redis.call('HDEL', key, fields[i])
    elseif string.sub(fields[i], 1, 1) == 'r' then requests = requests + tonumber(fields[i + 1])
    else retries = retries + tonumber(fields[i + 1]) end
  end
  return requests, retries
end
if step == 'deposit' then
  if redis.call('HINCRBY', key, 'r' .. tenth, 1) == 1 then count() end
else
  local requests, retries = count()
  if retries + 1 > math.max(tonumber(ARGV[5]), tonumber(ARGV[4]) * requests) then return 0 end
  redis.call('HINCRBY', key, 't' .. tenth, 1)
end
redis.call('PEXPIRE', key, math.ceil(window))
return 1`

/**
 * A retry budget store on Redis for `retryBudget({ store })`, shared by every process that uses the
 * same Redis and `prefix` (key `<prefix>retry-budget`: at most 20 fields, expiring one window after
 * the last count). Times come from the budget's `now` (keep the fleet's clocks in sync). When Redis
 * fails or does not answer within `commandTimeoutMs`: with `onStoreError: 'open'` retries go as if
 * there were no budget (one `console.warn` per outage); with `'closed'` a retry rejects with an
 * `OpenRouterError` of `kind: 'transport'`, `code: 'store_unavailable'`. A request that cannot be
 * counted is only logged: first attempts are never held back.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient as createRedisClient } from 'redis'
 * import { createClient } from '@orsdk/transport'
 * import { retry, retryBudget } from '@orsdk/middleware-kit'
 * import { redisRetryBudgetStore } from '@orsdk/middleware-kit/redis'
 * const redis = await createRedisClient({ url: process.env.REDIS_URL }).on('error', () => {}).connect()
 * const budget = retryBudget({ ratio: 0.1, windowMs: 10_000, store: redisRetryBudgetStore(redis) })
 * const client = createClient({ middleware: [retry({ maxAttempts: 3 }), budget] })
 */
export function redisRetryBudgetStore(
  redis: RedisScriptClient,
  options: RedisStoreOptions = {},
): RedisRetryBudgetStore {
  const { prefix, run } = scriptRunner(redis, SCRIPT, options, 'redisRetryBudgetStore')
  const args = (step: string, { now, windowMs, ratio, minRetries }: RetryBudgetWindow) =>
    [step, now, windowMs, ratio, minRetries].map(String)
  return {
    async deposit(window) {
      await run([`${prefix}retry-budget`], args('deposit', window), false)
    },
    async tryWithdraw(window) {
      const reply = await run([`${prefix}retry-budget`], args('withdraw', window), true)
      return reply === undefined || Number(reply) === 1
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
