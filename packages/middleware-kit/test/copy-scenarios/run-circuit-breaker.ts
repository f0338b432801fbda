import { createClient, isOpenRouterError, type Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { circuitBreaker } from './circuit-breaker.js'

// Every request that gets through is answered 503 by the emulator.
let sent = 0
const down: Middleware = (request, next) => {
  sent++
  return next({ ...request, headers: { ...request.headers, 'x-mock-scenario': '{"status":503}' } })
}
const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [circuitBreaker({ failureThreshold: 2, cooldownMs: 60_000 }), down],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
const codes: string[] = []
for (let index = 0; index < 3; index++) {
  try {
    await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client })
  } catch (error) {
    codes.push(isOpenRouterError(error) ? String(error.code ?? error.status) : 'unknown')
  }
}
console.log(`circuitBreaker: ${codes.join(',')} with ${sent} requests sent`)
await client.close()
