import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { requestJson } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import {
  circuitBreaker,
  type LogEntry,
  logging,
  rateLimit,
  retry,
  retryBudget,
  rotateModels,
} from '../src/index.js'
import { tracing } from '../src/tracing.js'
import { chatSpec, engines, modelOf, withServer } from './helpers.js'

describe.each(engines)('the recipes composed on the $name', ({ client: clientFor }) => {
  it('skips a failing model through its open circuit and serves from the next one', async () => {
    const exporter = new InMemorySpanExporter()
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
    const entries: LogEntry[] = []
    const served: string[] = []
    await withServer(
      (request) => (modelOf(request) === 'openai/gpt-4o-mini' ? { status: 503 } : undefined),
      async (server) => {
        // Outermost first: one span per call, retries around rotation, breaker and limiter per model.
        const client = clientFor(server, [
          tracing({ tracer: provider.getTracer('test') }),
          retry({ maxAttempts: 2, sleep: async () => {} }),
          retryBudget({ ratio: 0.1, windowMs: 10_000 }),
          rotateModels({
            models: ['openai/gpt-4o-mini', 'google/gemini-2.5-flash'],
            onServed: (model) => served.push(model),
          }),
          circuitBreaker({ failureThreshold: 1, cooldownMs: 60_000 }),
          rateLimit({ requests: 10, intervalMs: 1000 }),
          logging({ log: (entry) => entries.push(entry) }),
        ])
        await requestJson(chatSpec(), { client })
        await requestJson(chatSpec(), { client })
        expect(served).toEqual(['google/gemini-2.5-flash', 'google/gemini-2.5-flash'])
        // The second call never sends to the open circuit's model.
        expect(server.requests.map(modelOf)).toEqual([
          'openai/gpt-4o-mini',
          'google/gemini-2.5-flash',
          'google/gemini-2.5-flash',
        ])
        expect(entries.map((entry) => `${entry.model} ${entry.outcome}`)).toEqual([
          'openai/gpt-4o-mini error',
          'google/gemini-2.5-flash ok',
          'google/gemini-2.5-flash ok',
        ])
        expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual([
          'chat openai/gpt-4o-mini',
          'chat openai/gpt-4o-mini',
        ])
      },
    )
  })
})
