import type { Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { circuitBreaker, rateLimit, retry, retryBudget } from '../src/index.js'
import {
  type RedisStoreOptions,
  redisBreakerStore,
  redisRateLimitStore,
  redisRetryBudgetStore,
} from '../src/redis.js'
import { chatSpec, type EngineUnderTest, engines, rejection, scenario, withServer } from './helpers.js'
import { connectRedis, type RedisServer, startRedisServer } from './redis-server.js'

const COMMAND_TIMEOUT_MS = 300
// Timers fire late under load, never early; a hung store would wait for ever.
const SLACK_MS = 700

// One engine is enough here: the stores do not depend on it.
const [{ client: clientFor }] = engines as [EngineUnderTest]

let redisServer: RedisServer | undefined
let redis: Awaited<ReturnType<typeof connectRedis>> | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  redis?.destroy()
  await redisServer?.stop()
})

/** A fresh Redis, its client, and the three stores on it with one policy. */
async function storesOn(onStoreError: RedisStoreOptions['onStoreError']) {
  redisServer = await startRedisServer()
  redis = await connectRedis(redisServer.url)
  const options = { commandTimeoutMs: COMMAND_TIMEOUT_MS, onStoreError }
  return {
    breaker: circuitBreaker({ store: redisBreakerStore(redis, options) }),
    limit: rateLimit({ requests: 1000, intervalMs: 1000, store: redisRateLimitStore(redis, options) }),
    budget: retryBudget({ ratio: 1, windowMs: 10_000, store: redisRetryBudgetStore(redis, options) }),
  }
}

/** Each call's duration and outcome. */
async function timedCalls(count: number, call: () => Promise<unknown>) {
  const results: { ms: number; outcome: string }[] = []
  for (let index = 0; index < count; index++) {
    const started = performance.now()
    const outcome = await call().then(
      () => 'ok',
      (error) => String(error.code ?? error.name),
    )
    results.push({ ms: performance.now() - started, outcome })
  }
  return results
}

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {})

describe('the Redis stores when Redis goes away', () => {
  it('keep calls working when Redis is killed mid-run (fail open), each within the command timeout, logging once', async () => {
    const warn = warnings()
    const { breaker, limit, budget } = await storesOn('open')
    await withServer(undefined, async (emulator) => {
      const client = clientFor(emulator, [
        retry({ maxAttempts: 2, sleep: async () => {} }),
        budget,
        breaker,
        limit,
      ])
      const before = await timedCalls(5, () => requestJson(chatSpec(), { client }))
      redisServer?.signal('SIGKILL')
      const during = await timedCalls(20, () => requestJson(chatSpec(), { client }))
      expect([...before, ...during].map((result) => result.outcome)).toEqual(Array(25).fill('ok'))
      for (const { ms } of during) expect(ms).toBeLessThan(COMMAND_TIMEOUT_MS + SLACK_MS)
      expect(emulator.requests).toHaveLength(25)
      // One line per store for the whole outage, never the key of the request.
      const lines = warn.mock.calls.map(([line]) => String(line))
      expect(lines.map((line) => line.split(':')[0]).sort()).toEqual([
        'redisBreakerStore',
        'redisRateLimitStore',
        'redisRetryBudgetStore',
      ])
      expect(lines.join('\n')).toMatch(/failing open until it answers/)
      await client.close()
    })
  })

  it('keep calls within the command timeout when Redis hangs without closing its connections', async () => {
    warnings()
    const { breaker, limit } = await storesOn('open')
    await withServer(undefined, async (emulator) => {
      const client = clientFor(emulator, [breaker, limit])
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      redisServer?.signal('SIGSTOP')
      const during = await timedCalls(3, () => requestJson(chatSpec(), { client }))
      expect(during.map((result) => result.outcome)).toEqual(['ok', 'ok', 'ok'])
      for (const { ms } of during) {
        // Each waits for its breaker step and its limiter step, each bounded by the timeout.
        expect(ms).toBeGreaterThanOrEqual(COMMAND_TIMEOUT_MS - 5)
        expect(ms).toBeLessThan(2 * COMMAND_TIMEOUT_MS + SLACK_MS)
      }
      await client.close()
    })
  })

  it('reject calls with code store_unavailable when failing closed, without sending them', async () => {
    const warn = warnings()
    const { breaker, limit } = await storesOn('closed')
    redisServer?.signal('SIGKILL')
    await withServer(undefined, async (emulator) => {
      for (const middleware of [breaker, limit]) {
        const client = clientFor(emulator, [middleware])
        const error = await rejection(requestJson(chatSpec(), { client }))
        expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'transport', code: 'store_unavailable' })
        expect(error).toMatchObject({ retryable: false })
        expect((error as Error).message).toMatch(/Redis failed .*: not sent \(onStoreError: 'closed'\)/)
        expect((error as Error).cause).toBeInstanceOf(Error)
        await client.close()
      }
      expect(emulator.requests).toHaveLength(0)
      expect(warn.mock.calls.map(([line]) => String(line))).toEqual([
        expect.stringMatching(/^redisBreakerStore: Redis failed .* failing closed until it answers$/),
        expect.stringMatching(/^redisRateLimitStore: /),
      ])
    })
  })

  it('still sends first attempts when failing closed, and refuses only the retries it cannot count', async () => {
    warnings()
    const { budget } = await storesOn('closed')
    redisServer?.signal('SIGKILL')
    await withServer(undefined, async (emulator) => {
      const failFirst: Middleware = (request, next) =>
        next(request.attempt === 1 ? scenario({ status: 503 }, request) : request)
      const client = clientFor(emulator, [
        retry({ maxAttempts: 2, sleep: async () => {} }),
        budget,
        failFirst,
      ])
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({
        code: 'store_unavailable',
      })
      expect(emulator.requests).toHaveLength(1)
      await client.close()
    })
  })
})
