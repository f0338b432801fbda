// One process of the fleet in redis-fleet.test.ts: its own Redis client and its own orsdk clients,
// built from the package as published (`@orsdk/middleware-kit` and its `./redis` entry), driven
// over IPC by the test.
import { circuitBreaker, rateLimit } from '@orsdk/middleware-kit'
import { redisBreakerStore, redisRateLimitStore } from '@orsdk/middleware-kit/redis'
import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { createClient as createRedisClient } from 'redis'

const { baseURL, apiKey, redisURL, prefix, breakerModel, limits } = JSON.parse(process.argv[2])
// Generous: on a loaded CI machine a slow answer must not turn into failing open.
const storeOptions = { prefix, commandTimeoutMs: 5000 }
const redis = await createRedisClient({ url: redisURL })
  .on('error', () => {})
  .connect()

// The breaker's clock is the test's: each call message carries the time.
let time = 0
const breaker = createClient({
  baseURL,
  apiKey,
  middleware: [
    circuitBreaker({
      failureThreshold: 3,
      cooldownMs: 10_000,
      now: () => time,
      store: redisBreakerStore(redis, storeOptions),
    }),
  ],
})
const limited = {
  redis: createClient({
    baseURL,
    apiKey,
    middleware: [rateLimit({ ...limits, store: redisRateLimitStore(redis, storeOptions) })],
  }),
  memory: createClient({ baseURL, apiKey, middleware: [rateLimit(limits)] }),
}

const chat = (client, model, signal) =>
  requestJson(
    {
      operation: 'chat',
      method: 'POST',
      path: '/chat/completions',
      body: { model, messages: [{ role: 'user', content: 'Hi' }] },
    },
    { client, signal },
  )

/** Sends chat requests through `client` from `workers` loops for `durationMs` (the emulator counts). */
async function load(client, model, workers, durationMs) {
  const loop = async () => {
    // A signal per loop: each request adds its listeners to it.
    const signal = AbortSignal.timeout(durationMs)
    while (!signal.aborted) await chat(client, model, signal).catch(() => {})
  }
  await Promise.all(Array.from({ length: workers }, loop))
}

process.on('message', async (message) => {
  if (message.type === 'call') {
    time = message.now
    const outcome = await chat(breaker, breakerModel).then(
      () => 'ok',
      (error) => String(error.code ?? error.status),
    )
    process.send({ type: 'called', outcome })
  } else if (message.type === 'load') {
    await load(limited[message.limiter], message.model, message.workers, message.durationMs)
    process.send({ type: 'loaded' })
  } else if (message.type === 'close') {
    await Promise.all([breaker.close(), limited.redis.close(), limited.memory.close()])
    redis.destroy()
    process.disconnect()
  }
})
process.send({ type: 'ready' })
