import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { createClient as createRedisClient } from 'redis'
import { rateLimit } from './rate-limit.js'
import { redisRateLimitStore } from './redis-rate-limit-store.js'

// Two limiters, each with a Redis client of its own, as two processes would have: one quota of
// 2 requests a minute. The second limiter's wait is recorded instead of slept.
const redisClients = await Promise.all(
  [1, 2].map(() =>
    createRedisClient({ url: process.env.REDIS_URL })
      .on('error', () => {})
      .connect(),
  ),
)
const waits: number[] = []
const sleep = async (ms: number) => {
  waits.push(ms)
  throw new Error('waited')
}
const clients = redisClients.map((redis) =>
  createClient({
    baseURL: process.env.MOCK_BASE_URL,
    apiKey: process.env.MOCK_API_KEY,
    middleware: [
      rateLimit({
        requests: 2,
        intervalMs: 60_000,
        sleep,
        store: redisRateLimitStore(redis, { prefix: 'copy:' }),
      }),
    ],
  }),
)
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
let sent = 0
for (const client of [clients[0], clients[0], clients[1]]) {
  await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client })
    .then(() => sent++)
    .catch(() => {})
}
const aboutAMinute = waits.length === 1 && (waits[0] ?? 0) > 55_000 && (waits[0] ?? 0) <= 60_000
console.log(
  `redisRateLimitStore: ${sent} sent, the other limiter waits a minute ${aboutAMinute ? 'yes' : 'no'}`,
)
for (const client of clients) await client.close()
for (const redis of redisClients) redis.destroy()
