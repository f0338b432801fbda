import type { Tracer } from '@opentelemetry/api'
import { createClient } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { tracing } from './tracing.js'

// A recording tracer standing in for an SDK: only what the recipe calls.
const recorded: Array<{ name: string; attributes: Record<string, unknown> }> = []
const tracer = {
  startActiveSpan(
    name: string,
    options: { attributes?: Record<string, unknown> },
    run: (span: unknown) => unknown,
  ) {
    const span = { name, attributes: { ...options.attributes } }
    recorded.push(span)
    return run({
      setAttribute: (key: string, value: unknown) => {
        span.attributes[key] = value
      },
      setStatus: () => undefined,
      recordException: () => undefined,
      end: () => undefined,
    })
  },
} as unknown as Tracer
const client = createClient({
  baseURL: process.env.MOCK_BASE_URL,
  apiKey: process.env.MOCK_API_KEY,
  middleware: [tracing({ tracer })],
})
const body = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }
await requestJson({ operation: 'chat', method: 'POST', path: '/chat/completions', body }, { client })
const span = recorded[0]
console.log(`tracing: ${span?.name} input_tokens=${typeof span?.attributes['gen_ai.usage.input_tokens']}`)
await client.close()
