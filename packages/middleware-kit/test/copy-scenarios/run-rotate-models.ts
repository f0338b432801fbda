import { createClient, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { rotateModels } from './rotate-models.js'

// The emulator answers 402 for the first model only.
const broke: Middleware = (request, next) => {
  const model = (request.body as { model?: string }).model
  const scenario: Record<string, string> =
    model === 'openai/gpt-4o-mini' ? { 'x-mock-scenario': '{"status":402}' } : {}
  return next({ ...request, headers: { ...request.headers, ...scenario } })
}
const client = createClient({ baseURL: process.env.MOCK_BASE_URL, apiKey: process.env.MOCK_API_KEY })
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
let served = ''
const response = await requestJson(
  { operation: 'chat', method: 'POST', path: '/chat/completions', body },
  {
    client,
    middleware: [
      rotateModels({
        models: ['openai/gpt-4o-mini', 'google/gemini-2.5-flash'],
        onServed: (model) => {
          served = model
        },
      }),
      broke,
    ],
  },
)
console.log(
  `rotateModels: served by ${served}, completion model ${(response.data as { model: string }).model}`,
)
await client.close()
