import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { createClient as createRedisClient } from 'redis'
import { redisRetryBudgetStore } from './redis-retry-budget-store.js'
import { retry } from './retry.js'
import { retryBudget } from './retry-budget.js'

// Two budgets, each with a Redis client of its own, as two processes would have: one retry per
// minute for both. Every request that gets through is answered 503.
const sent = [0, 0]
const down =
  (index: number): Middleware =>
  (request, next) => {
    sent[index] = (sent[index] ?? 0) + 1
    return next({ ...request, headers: { ...request.headers, 'x-mock-scenario': '{"status":503}' } })
  }
const redisClients = await Promise.all(
  [1, 2].map(() =>
    createRedisClient({ url: process.env.REDIS_URL })
      .on('error', () => {})
      .connect(),
  ),
)
const clients = redisClients.map((redis, index) =>
  createClient({
    baseURL: process.env.MOCK_BASE_URL,
    apiKey: process.env.MOCK_API_KEY,
    middleware: [
      retry({ maxAttempts: 3, baseDelayMs: 1 }),
      retryBudget({
        ratio: 0,
        windowMs: 60_000,
        minRetries: 1,
        store: redisRetryBudgetStore(redis, { prefix: 'copy:' }),
      }),
      down(index),
    ],
  }),
)
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const codes: string[] = []
for (const client of clients) {
  await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client }).catch(
    (error: unknown) => codes.push(isOpenRouterError(error) ? String(error.code) : 'unknown'),
  )
}
console.log(`redisRetryBudgetStore: ${codes.join(',')} with ${sent.join('+')} requests sent`)
for (const client of clients) await client.close()
for (const redis of redisClients) redis.destroy()
