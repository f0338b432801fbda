import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { rateLimit } from './rate-limit.js'

const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [rateLimit({ requests: 1, intervalMs: 50 })],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const started = performance.now()
for (let index = 0; index < 3; index++)
  await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client })
const spaced = performance.now() - started >= 95
console.log(`rateLimit: 3 requests, spaced ${spaced ? 'yes' : 'no'}`)
await client.close()
