import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { createClient as createRedisClient } from 'redis'
import { circuitBreaker } from './circuit-breaker.js'
import { redisBreakerStore } from './redis-breaker-store.js'

// Two breakers, each with a Redis client of its own, as two processes would have. Every request
// that gets through is answered 503.
let sent = 0
const down: Middleware = (request, next) => {
  sent++
  return next({ ...request, headers: { ...request.headers, 'x-mock-scenario': '{"status":503}' } })
}
const redisClients = await Promise.all(
  [1, 2].map(() =>
    createRedisClient({ url: process.env.REDIS_URL })
      .on('error', () => {})
      .connect(),
  ),
)
const clients = redisClients.map((redis) =>
  createClient({
    baseURL: process.env.MOCK_BASE_URL,
    apiKey: process.env.MOCK_API_KEY,
    middleware: [
      circuitBreaker({ failureThreshold: 2, store: redisBreakerStore(redis, { prefix: 'copy:' }) }),
      down,
    ],
  }),
)
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const codes: string[] = []
for (const client of [clients[0], clients[0], clients[1]]) {
  await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client }).catch(
    (error: unknown) => codes.push(isOpenRouterError(error) ? String(error.code) : 'unknown'),
  )
}
console.log(`redisBreakerStore: ${codes.join(',')} with ${sent} requests sent`)
for (const client of clients) await client.close()
for (const redis of redisClients) redis.destroy()
