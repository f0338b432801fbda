import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { retry } from './retry.js'
import { retryBudget } from './retry-budget.js'

// Every request that gets through is answered 503; the budget's floor allows one retry.
let sent = 0
const down: Middleware = (request, next) => {
  sent++
  return next({ ...request, headers: { ...request.headers, 'x-mock-scenario': '{"status":503}' } })
}
const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [
    retry({ maxAttempts: 5, baseDelayMs: 1 }),
    retryBudget({ ratio: 0, windowMs: 60_000, minRetries: 1 }),
    down,
  ],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const code = await requestJson(
  { operation: 'chat', method: 'POST', path: '/chat/completions', body },
  { client },
).then(
  () => 'ok',
  (error: unknown) => (isOpenRouterError(error) ? String(error.code) : 'unknown'),
)
console.log(`retryBudget: ${code} after ${sent} requests sent`)
await client.close()
