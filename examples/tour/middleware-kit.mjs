import { budget, circuitBreaker, logging, retry, rotateModels } from '@orsdk/middleware-kit'
import { isOpenRouterError } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'

export const title =
  'middleware-kit: retry, model rotation, circuit breaker, budget and logging as middleware'

const body = {
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hi in two words.' }],
  max_tokens: 10,
}
const chat = { operation: 'chat', method: 'POST', path: '/chat/completions', body }

/** Scripts the emulator (per attempt or per model) through its x-mock-scenario header. */
const scripted = (pick) => (request, next) => {
  const scenario = pick(request)
  if (scenario === undefined) return next(request)
  return next({ ...request, headers: { ...request.headers, 'x-mock-scenario': JSON.stringify(scenario) } })
}

export async function run({ client, log, live }) {
  const lines = []
  const logged = logging({ log: (entry) => lines.push(entry) })
  const first = await requestJson(chat, { client, middleware: [retry({ baseDelayMs: 50 }), logged] })
  log(`logging → ${JSON.stringify(lines[0])}`)
  log(`served ${first.data.model}: ${JSON.stringify(first.data.choices[0]?.message?.content)}`)
  if (live) return

  // retry: the emulator answers 429 with Retry-After: 0.1 s once, then 200.
  const waits = []
  const failOnce = scripted((request) =>
    request.attempt === 1 ? { status: 429, retryAfter: '0.1' } : undefined,
  )
  const retried = await requestJson(chat, {
    client,
    middleware: [retry({ onRetry: ({ delayMs }) => waits.push(delayMs) }), failOnce],
  })
  log(`retry → status ${retried.status} after waiting ${waits.join(', ')} ms (from Retry-After)`)

  // rotateModels: the first model is out of credits (402), the second serves.
  const broke = scripted((request) =>
    request.body.model === 'openai/gpt-4o-mini' ? { status: 402 } : undefined,
  )
  const models = ['openai/gpt-4o-mini', 'google/gemini-2.5-flash']
  const rotated = await requestJson(chat, {
    client,
    middleware: [
      rotateModels({ models, onRotate: ({ from, to }) => log(`rotateModels: ${from} → ${to}`) }),
      broke,
    ],
  })
  log(`rotateModels → served by ${rotated.data.model}`)

  // circuitBreaker: two 503s open the circuit; the third call never leaves the process.
  const breaker = circuitBreaker({ failureThreshold: 2, cooldownMs: 30_000 })
  const down = scripted(() => ({ status: 503 }))
  for (let index = 1; index <= 3; index++) {
    try {
      await requestJson(chat, { client, middleware: [breaker, down] })
    } catch (error) {
      if (!isOpenRouterError(error)) throw error
      log(
        `circuitBreaker call ${index} → ${error.code === 'circuit_open' ? error.message : `HTTP ${error.status}`}`,
      )
    }
  }

  // budget: adds up what each answer cost; once past the limit, the next call is refused unsent.
  const spending = budget({ limitUsd: first.data.usage.cost * 1.5 })
  for (let index = 1; index <= 3; index++) {
    try {
      await requestJson(chat, { client, middleware: [spending] })
      log(`budget call ${index} → sent, $${spending.spentUsd.toFixed(6)} spent`)
    } catch (error) {
      if (!isOpenRouterError(error) || error.code !== 'budget_exceeded') throw error
      log(`budget call ${index} → ${error.message}`)
    }
  }
}
