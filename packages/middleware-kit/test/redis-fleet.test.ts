import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { MockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Fleet, startFleet } from './fleet/fleet.js'
import { modelOf, TEST_KEY, withServer } from './helpers.js'
import { type RedisServer, startRedisServer } from './redis-server.js'

// Several Node processes, each with its own Redis client, share one circuit and one quota
// through one real redis-server; one emulator in this process counts what reaches it.
const PROCESSES = 4
const BREAKER_MODEL = 'openai/gpt-4o-mini'
const COOLDOWN_MS = 10_000 // the workers' breaker setting; their clock is this test's
const LIMITS = { requests: 50, intervalMs: 1000 }
const LOAD_MS = 5000
const MODELS = { redis: 'google/gemini-2.5-flash', memory: 'anthropic/claude-3.5-haiku' }

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
let redisServer: RedisServer

beforeAll(async () => {
  buildWhenStale()
  redisServer = await startRedisServer()
}, 60_000)
afterAll(async () => {
  await redisServer?.stop()
})

/** Runs `test` with an emulator and a fleet of worker processes, closing both after. */
async function withFleet(
  script: Parameters<typeof withServer>[0],
  test: (fleet: Fleet, emulator: MockServer) => Promise<void>,
) {
  await withServer(script, async (emulator) => {
    const fleet = await startFleet(PROCESSES, {
      baseURL: emulator.baseURL,
      apiKey: TEST_KEY,
      redisURL: redisServer.url,
      prefix: `fleet-${randomUUID()}:`,
      breakerModel: BREAKER_MODEL,
      limits: LIMITS,
    })
    try {
      await test(fleet, emulator)
    } finally {
      await fleet.close()
    }
  })
}

describe('redisBreakerStore shared by several processes', () => {
  it('opens for every process after failures in total reach the threshold, and one probe closes it for all', async () => {
    const upstream = { failing: true }
    const script = () => (upstream.failing ? { status: 503 } : { headersDelayMs: 300 })
    await withFleet(script, async (fleet, emulator) => {
      const sent = () => emulator.requests.filter((request) => modelOf(request) === BREAKER_MODEL).length
      let now = 1_000_000
      // Three processes fail once each: no single one reached the threshold of 3.
      for (const index of [0, 1, 2]) expect(await fleet.call(index, now)).toBe('503')
      expect(sent()).toBe(3)
      // Open for all four, the one that never failed included: nothing is sent.
      expect(await fleet.callAll(now)).toEqual(Array(PROCESSES).fill('circuit_open'))
      expect(sent()).toBe(3)
      // Cooled down: the four race for the half-open trial; one wins, it fails, it re-opens.
      now += COOLDOWN_MS
      expect((await fleet.callAll(now)).sort()).toEqual([
        '503',
        'circuit_open',
        'circuit_open',
        'circuit_open',
      ])
      expect(sent()).toBe(4)
      // Cooled down again, the upstream recovered: one slow probe, the others wait it out.
      now += COOLDOWN_MS
      upstream.failing = false
      expect((await fleet.callAll(now)).sort()).toEqual([
        'circuit_open',
        'circuit_open',
        'circuit_open',
        'ok',
      ])
      expect(sent()).toBe(5)
      // The probe closed it for every process.
      expect(await fleet.callAll(now)).toEqual(Array(PROCESSES).fill('ok'))
      expect(sent()).toBe(5 + PROCESSES)
    })
  }, 30_000)
})

describe('redisRateLimitStore shared by several processes', () => {
  it('holds the fleet to one quota, where a limiter per process lets through about one quota each', async () => {
    await withFleet(undefined, async (fleet, emulator) => {
      const reached = (model: string) =>
        emulator.requests.filter((request) => modelOf(request) === model).length
      const quota = (LIMITS.requests * LOAD_MS) / LIMITS.intervalMs
      // One phase after the other, so that each has the machine to itself.
      await fleet.load({ limiter: 'redis', model: MODELS.redis, durationMs: LOAD_MS, workers: 3 })
      await fleet.load({ limiter: 'memory', model: MODELS.memory, durationMs: LOAD_MS, workers: 3 })
      const viaRedis = reached(MODELS.redis)
      const inMemory = reached(MODELS.memory)
      // At most the quota over the run, plus one interval's burst (the run's edges); and not
      // starved either (the lower bound leaves room for a slow machine).
      expect(viaRedis).toBeLessThanOrEqual(quota + LIMITS.requests)
      expect(viaRedis).toBeGreaterThanOrEqual(quota * 0.6)
      // The same load through an in-memory limiter per process: about PROCESSES times as many.
      expect(inMemory).toBeGreaterThan(2.5 * viaRedis)
      expect(inMemory).toBeLessThanOrEqual(PROCESSES * (quota + LIMITS.requests))
    })
  }, 40_000)
})

/** The workers import the built package: build it when `src` changed since (turbo builds first in CI). */
function buildWhenStale(): void {
  const built = join(packageRoot, 'dist', 'redis.js')
  if (existsSync(built) && newest(join(packageRoot, 'src')) <= statSync(built).mtimeMs) return
  execFileSync('pnpm', ['run', 'build'], { cwd: packageRoot, stdio: 'ignore' })
}

function newest(dir: string): number {
  return Math.max(...readdirSync(dir).map((name) => statSync(join(dir, name)).mtimeMs))
}
