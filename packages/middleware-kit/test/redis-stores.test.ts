import { randomUUID } from 'node:crypto'
import type { MockServer, RecordedRequest } from '@orsdk/mock-server'
import { eventually } from '@orsdk/test-support'
import type { Client, Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AtomicBreakerStore, circuitBreaker, rateLimit, retry, retryBudget } from '../src/index.js'
import { redisBreakerStore, redisRateLimitStore, redisRetryBudgetStore } from '../src/redis.js'
import {
  chatSpec,
  type EngineUnderTest,
  engines,
  modelOf,
  rejection,
  scenario,
  withServer,
} from './helpers.js'
import { connectRedis, type RedisServer, startRedisServer } from './redis-server.js'

type Redis = Awaited<ReturnType<typeof connectRedis>>

let server: RedisServer
const clients: Redis[] = []
/** A client of its own (its own connection), as another process of the fleet would have. */
const connect = async () => {
  const client = await connectRedis(server.url)
  clients.push(client)
  return client
}
const prefix = () => `test-${randomUUID()}:`
const failure = scenario({ status: 503 }).headers

beforeAll(async () => {
  server = await startRedisServer()
})
afterAll(async () => {
  for (const client of clients) client.destroy()
  await server?.stop()
})

// One engine is enough here: the stores do not depend on it.
const [{ client: clientFor }] = engines as [EngineUnderTest]

function manualClock(start = 1_000_000) {
  let time = start
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms
    },
  }
}

const failing = new Set<string>()
const script = (request: RecordedRequest) =>
  failing.has(modelOf(request) ?? '') ? { status: 503 } : undefined

// The same behaviour whichever store holds the circuits: the default (memory) and Redis.
describe.each([
  { name: 'the memory store', store: async (): Promise<AtomicBreakerStore | undefined> => undefined },
  { name: 'redisBreakerStore', store: async () => redisBreakerStore(await connect(), { prefix: prefix() }) },
])('circuitBreaker with $name', ({ store: makeStore }) => {
  /** A client with only the breaker, on a clock of the test's, against an emulator failing the model. */
  async function withBreaker(
    settings: { failureThreshold: number; cooldownMs: number },
    test: (client: Client, clock: ReturnType<typeof manualClock>, emulator: MockServer) => Promise<void>,
  ) {
    failing.add('openai/gpt-4o-mini')
    const clock = manualClock()
    const store = await makeStore()
    await withServer(script, async (emulator) => {
      const client = clientFor(emulator, [circuitBreaker({ ...settings, now: clock.now, store })])
      try {
        await test(client, clock, emulator)
      } finally {
        failing.clear()
        await client.close()
      }
    })
  }

  it('opens at the threshold, lets one trial through after the cool-down and closes on its success', async () => {
    await withBreaker({ failureThreshold: 2, cooldownMs: 5000 }, async (client, clock, emulator) => {
      await rejection(requestJson(chatSpec(), { client }))
      await rejection(requestJson(chatSpec(), { client }))
      const open = await rejection(requestJson(chatSpec(), { client }))
      expect(open).toMatchObject({ code: 'circuit_open', retryAfterMs: 5000 })
      expect((open as Error).message).toMatch(/is open after 2 failures in a row/)
      expect(emulator.requests).toHaveLength(2)
      failing.clear()
      clock.advance(5000)
      const trial = requestJson(chatSpec(), scenario({ headersDelayMs: 100 }, { client }))
      const during = await rejection(requestJson(chatSpec(), { client }))
      expect((during as Error).message).toMatch(/half-open, a trial is in flight/)
      expect((await trial).status).toBe(200)
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      expect(emulator.requests).toHaveLength(4)
    })
  })

  it('re-opens from now when the trial fails, and is due a trial again when a trial is aborted', async () => {
    await withBreaker({ failureThreshold: 1, cooldownMs: 1000 }, async (client, clock, emulator) => {
      await rejection(requestJson(chatSpec(), { client }))
      clock.advance(1000)
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ status: 503 })
      clock.advance(999)
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ retryAfterMs: 1 })
      clock.advance(1)
      failing.clear()
      const controller = new AbortController()
      const aborted = rejection(
        requestJson(
          chatSpec(),
          scenario({ headersDelayMs: 5000 }, { ...{ signal: controller.signal }, client: client }),
        ),
      )
      await eventually(() => emulator.requests.length === 3)
      controller.abort()
      expect(await aborted).toMatchObject({ name: 'AbortError' })
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      expect(emulator.requests).toHaveLength(4)
    })
  })

  it('closes when the trial gets an answer about the request itself (a 400)', async () => {
    await withBreaker({ failureThreshold: 1, cooldownMs: 1000 }, async (client, clock) => {
      await rejection(requestJson(chatSpec(), { client }))
      clock.advance(1000)
      failing.clear()
      const answer = await rejection(requestJson(chatSpec(), scenario({ status: 400 }, { client })))
      expect(answer).toMatchObject({ status: 400 })
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
    })
  })
})

describe('redisBreakerStore', () => {
  it('makes exactly one trial when many processes enter a cooled-down circuit at once', async () => {
    const shared = prefix()
    const stores = await Promise.all(
      [1, 2, 3, 4].map(async () => redisBreakerStore(await connect(), { prefix: shared })),
    )
    const step = { now: 1000, failureThreshold: 1, cooldownMs: 100 }
    await stores[0]?.record('m', 'failure', step)
    const entries = await Promise.all(
      Array.from({ length: 40 }, (_, index) => stores[index % 4]?.enter('m', { ...step, now: 1100 })),
    )
    expect(entries.filter((entry) => entry?.trial)).toHaveLength(1)
  })

  it('counts every failure of every process, with none lost to a race', async () => {
    const shared = prefix()
    const redis = await connect()
    const stores = await Promise.all(
      [1, 2, 3, 4].map(async () => redisBreakerStore(await connect(), { prefix: shared })),
    )
    const step = { now: 1000, failureThreshold: 100, cooldownMs: 100 }
    await Promise.all(
      Array.from({ length: 60 }, (_, index) => stores[index % 4]?.record('m', 'failure', step)),
    )
    expect(await redis.hGetAll(`${shared}breaker:m`)).toEqual({ failures: '60' })
    expect(await redis.pTTL(`${shared}breaker:m`)).toBeGreaterThan(0)
  })

  it('runs its script again after Redis forgot it (SCRIPT FLUSH)', async () => {
    const redis = await connect()
    const store = redisBreakerStore(redis, { prefix: prefix() })
    const step = { now: 1000, failureThreshold: 1, cooldownMs: 100 }
    await store.record('m', 'failure', step)
    await redis.scriptFlush()
    expect(await store.enter('m', step)).toMatchObject({
      state: { state: 'open', failures: 1 },
      trial: false,
    })
  })

  it('throws a TypeError naming the option when an option is invalid', async () => {
    const redis = await connect()
    expect(() => redisBreakerStore({} as never)).toThrow(/redis must be a node-redis client/)
    expect(() => redisBreakerStore(redis, { commandTimeoutMs: 0 })).toThrow(/commandTimeoutMs/)
    expect(() => redisBreakerStore(redis, { onStoreError: 'maybe' as never })).toThrow(/onStoreError/)
    expect(() => redisBreakerStore(redis, { prefix: 1 as never })).toThrow(/prefix/)
  })
})

describe('redisRateLimitStore', () => {
  it('gives exactly `requests` starts to many processes taking at the same moment, then the wait', async () => {
    const shared = prefix()
    const redis = await connect()
    const stores = await Promise.all(
      [1, 2, 3].map(async () => redisRateLimitStore(await connect(), { prefix: shared })),
    )
    const window = { now: 10_000, requests: 5, intervalMs: 1000 }
    const waits = await Promise.all(
      Array.from({ length: 30 }, (_, index) => stores[index % 3]?.take('q', window)),
    )
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
    expect(waits.filter((wait) => wait === 1000)).toHaveLength(25)
    expect(await stores[0]?.take('q', { ...window, now: 10_999 })).toBe(1)
    expect(await stores[0]?.take('q', { ...window, now: 11_000 })).toBe(0)
    expect(await redis.zCard(`${shared}rate-limit:q`)).toBe(1)
    const ttl = await redis.pTTL(`${shared}rate-limit:q`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(1000)
  })

  it('limits requests through rateLimit with the clock injected', async () => {
    await withServer(undefined, async (emulator) => {
      let time = 0
      const waits: number[] = []
      const sleep = async (ms: number) => {
        waits.push(ms)
        time += ms
      }
      const store = redisRateLimitStore(await connect(), { prefix: prefix() })
      const client = clientFor(emulator, [
        rateLimit({ requests: 2, intervalMs: 1000, store, now: () => time, sleep }),
      ])
      for (let index = 0; index < 5; index++) await requestJson(chatSpec(), { client })
      expect(waits).toEqual([1000, 1000])
      expect(emulator.requests).toHaveLength(5)
      await client.close()
    })
  })
})

describe('redisRetryBudgetStore', () => {
  it('shares one budget between processes: retries stay under the ratio of all their requests', async () => {
    // Every call's first attempt fails and its retry, if sent, succeeds.
    const failFirst: Middleware = (request, next) =>
      next(request.attempt === 1 ? { ...request, headers: { ...request.headers, ...failure } } : request)
    await withServer(undefined, async (emulator) => {
      const shared = prefix()
      let time = 0
      const budget = async () =>
        retryBudget({
          ratio: 0.25,
          windowMs: 60_000,
          minRetries: 0,
          now: () => time,
          store: redisRetryBudgetStore(await connect(), { prefix: shared }),
        })
      const stack = async () => [retry({ maxAttempts: 2, sleep: async () => {} }), await budget(), failFirst]
      const first = clientFor(emulator, await stack())
      const second = clientFor(emulator, await stack())
      const outcomes: string[] = []
      for (let index = 0; index < 8; index++) {
        const client = index % 2 === 0 ? first : second
        outcomes.push(
          await requestJson(chatSpec(), { client }).then(
            () => 'ok',
            (error) => String(error.code ?? error.status),
          ),
        )
        time += 10
      }
      // 8 calls whose first attempt fails: 0.25 × requests allows the 4th and the 8th a retry.
      expect(outcomes).toEqual([
        'retry_budget_exhausted',
        'retry_budget_exhausted',
        'retry_budget_exhausted',
        'ok',
        'retry_budget_exhausted',
        'retry_budget_exhausted',
        'retry_budget_exhausted',
        'ok',
      ])
      const redis = await connect()
      expect(await redis.hGetAll(`${shared}retry-budget`)).toEqual({ r0: '8', t0: '2' })
      expect(emulator.requests).toHaveLength(10)
      await first.close()
      await second.close()
    })
  })

  it('forgets counts as the window slides past them and expires its key', async () => {
    const shared = prefix()
    const redis = await connect()
    const store = redisRetryBudgetStore(redis, { prefix: shared })
    const window = { now: 0, windowMs: 1000, ratio: 1, minRetries: 0 }
    await store.deposit(window)
    expect(await store.tryWithdraw({ ...window, now: 50 })).toBe(true)
    expect(await store.tryWithdraw({ ...window, now: 60 })).toBe(false)
    await store.deposit({ ...window, now: 1000 })
    expect(await redis.hGetAll(`${shared}retry-budget`)).toEqual({ r10: '1' })
    expect(await store.tryWithdraw({ ...window, now: 1010 })).toBe(true)
    expect(await redis.pTTL(`${shared}retry-budget`)).toBeGreaterThan(0)
  })
})
