// What a shared store costs per call: each middleware-kit policy with its in-memory default
// against the same policy on Redis (a local redis-server, started here), all against one emulator,
// in the same run. The difference is one Redis round trip per call (the retry budget counts a
// first attempt without waiting for Redis). Absolute numbers depend on the machine; a Redis
// across a network adds its own round-trip time on top.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { circuitBreaker, rateLimit, retryBudget } from '@orsdk/middleware-kit'
import { redisBreakerStore, redisRateLimitStore, redisRetryBudgetStore } from '@orsdk/middleware-kit/redis'
import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { createClient as createRedisClient } from 'redis'
import { startEmulator } from './emulator.mjs'
import { fixed, KEY, percentile, table } from './measure.mjs'

if (spawnSync('redis-server', ['--version']).error !== undefined) {
  console.log('  skipped: no redis-server on PATH (Debian: apt-get install -y redis-server)')
  process.exit(0)
}

const redisServer = await startRedisServer()
const redis = await createRedisClient({ url: redisServer.url })
  .on('error', () => {})
  .connect()
const emulator = await startEmulator()
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] }
const spec = { operation: 'chat', method: 'POST', path: '/chat/completions', body }
// A quota the bench never reaches, so the limiter only counts.
const quota = { requests: 1_000_000_000, intervalMs: 60_000 }
const budget = { ratio: 0.1, windowMs: 10_000 }

const stores = {
  'circuitBreaker()': redisBreakerStore(redis),
  'rateLimit()': redisRateLimitStore(redis),
  'retryBudget()': redisRetryBudgetStore(redis),
}
const policies = {
  'circuitBreaker()': [circuitBreaker(), circuitBreaker({ store: stores['circuitBreaker()'] })],
  'rateLimit()': [rateLimit(quota), rateLimit({ ...quota, store: stores['rateLimit()'] })],
  'retryBudget()': [retryBudget(budget), retryBudget({ ...budget, store: stores['retryBudget()'] })],
}
const clients = []
const clientWith = (middleware) => {
  const client = createClient({ baseURL: emulator.baseURL, apiKey: KEY, middleware })
  clients.push(client)
  return () => requestJson(spec, { client })
}

// Per call, sequential: no middleware, memory and Redis alternate call by call, so that load on
// the machine hits all alike; the medians are compared.
const CALLS = 2000
const rows = [
  ['policy', 'none p50 µs', 'memory p50 µs', 'Redis p50 µs', '+µs per call over memory', 'Redis p99 µs'],
]
const none = clientWith([])
for (const [name, [memory, shared]] of Object.entries(policies)) {
  const samples = await latencies({ none, memory: clientWith([memory]), shared: clientWith([shared]) }, CALLS)
  const [noneP50, memoryP50, sharedP50] = [samples.none, samples.memory, samples.shared].map((values) =>
    percentile(values, 50),
  )
  const row = [name, fixed(noneP50 * 1000, 0), fixed(memoryP50 * 1000, 0), fixed(sharedP50 * 1000, 0)]
  rows.push([
    ...row,
    fixed((sharedP50 - memoryP50) * 1000, 0),
    fixed(percentile(samples.shared, 99) * 1000, 0),
  ])
}
table(`per call through the client, buffered chat, ${CALLS} sequential calls each (local redis-server)`, rows)

// The store step alone, without HTTP: what the policy waits for on Redis.
const now = Date.now()
const steps = {
  'redisBreakerStore enter': () =>
    stores['circuitBreaker()'].enter('bench', { now, failureThreshold: 5, cooldownMs: 30_000 }),
  'redisRateLimitStore take': () => stores['rateLimit()'].take('bench', { now, ...quota }),
  'redisRetryBudgetStore tryWithdraw': () =>
    stores['retryBudget()'].tryWithdraw({ now, ...budget, minRetries: 1_000_000_000 }),
}
const stepRows = [['step', 'p50 µs', 'p99 µs']]
for (const [name, step] of Object.entries(steps)) {
  const { only } = await latencies({ only: step }, CALLS)
  stepRows.push([name, fixed(percentile(only, 50) * 1000, 0), fixed(percentile(only, 99) * 1000, 0)])
}
table(`one store step on a local redis-server, ${CALLS} sequential steps each`, stepRows)

for (const client of clients) await client.close()
redis.destroy()
emulator.close()
await redisServer.stop()

/** redis-server on a free loopback port, without persistence, in a temp dir of its own. */
async function startRedisServer() {
  const dir = await mkdtemp(join(tmpdir(), 'orsdk-bench-redis-'))
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address()
  probe.close()
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ]
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk
      if (output.includes('Ready to accept connections')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      const exited = once(child, 'exit')
      child.kill()
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Runs the variants in turn, call by call, `count` times after a warm-up; the ms of each call. */
async function latencies(variants, count) {
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
  for (let index = -200; index < count; index++) {
    for (const [name, call] of Object.entries(variants)) {
      const started = performance.now()
      await call()
      if (index >= 0) samples[name].push(performance.now() - started)
    }
  }
  return samples
}
