import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { budget } from './budget.js'

// A limit below the price of one emulated answer: the first call passes, the next is refused unsent.
const spending = budget({ limitUsd: 0.00001 })
let sent = 0
const counted: Middleware = (request, next) => {
  sent++
  return next(request)
}
const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [spending, counted],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
let code = 'none'
for (let index = 0; index < 3 && code === 'none'; index++) {
  await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client }).catch(
    (error: unknown) => {
      code = isOpenRouterError(error) ? String(error.code) : 'unknown'
    },
  )
}
const past = spending.spentUsd >= 0.00001 ? 'yes' : 'no'
console.log(`budget: ${code} after ${sent} requests sent, spent past the limit ${past}`)
await client.close()
