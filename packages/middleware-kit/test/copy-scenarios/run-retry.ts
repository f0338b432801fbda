import { createClient, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { retry } from './retry.js'

// The emulator fails the first attempt with a 503, then answers.
const failFirst: Middleware = (request, next) =>
  next(
    request.attempt === 1
      ? { ...request, headers: { ...request.headers, 'x-mock-scenario': '{"status":503}' } }
      : request,
  )
const client = createClient({ baseURL: process.env.MOCK_BASE_URL, apiKey: process.env.MOCK_API_KEY })
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
let attempts = 0
const count: Middleware = (request, next) => {
  attempts++
  return next(request)
}
const response = await requestJson(
  { operation: 'chat', method: 'POST', path: '/chat/completions', body },
  { client, middleware: [retry({ baseDelayMs: 10 }), count, failFirst] },
)
console.log(`retry: status ${response.status} after ${attempts} attempts`)
await client.close()
