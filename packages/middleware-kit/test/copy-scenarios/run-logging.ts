import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { logging } from './logging.js'

const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [logging()],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client })
await client.close()
