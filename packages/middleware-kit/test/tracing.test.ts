import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { requestJson, requestStream } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { tracing } from '../src/tracing.js'
import {
  chatSpec,
  chunksOf,
  collect,
  engines,
  rejection,
  scenario,
  streamSpec,
  TEST_KEY,
  withServer,
} from './helpers.js'

const exporter = new InMemorySpanExporter()
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
const tracer = provider.getTracer('test')

afterEach(() => exporter.reset())

describe.each(engines)('tracing on the $name', ({ client: clientFor }) => {
  it('records a GenAI chat span with model, response id and token usage when a call succeeds', async () => {
    await withServer(undefined, async (server) => {
      const response = await requestJson(chatSpec({ max_tokens: 64 }), {
        client: clientFor(server, [tracing({ tracer })]),
      })
      const data = response.data as {
        id: string
        usage: { prompt_tokens: number; completion_tokens: number }
      }
      expect(data.usage.prompt_tokens).toBeGreaterThan(0)
      expect(data.usage.completion_tokens).toBeGreaterThan(0)
      const [span, ...rest] = exporter.getFinishedSpans()
      expect(rest).toEqual([])
      expect(span?.name).toBe('chat openai/gpt-4o-mini')
      expect(span?.kind).toBe(SpanKind.CLIENT)
      expect(span?.attributes).toMatchObject({
        'gen_ai.system': 'openrouter',
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': 'openai/gpt-4o-mini',
        'gen_ai.request.max_tokens': 64,
        'gen_ai.response.model': 'openai/gpt-4o-mini',
        'gen_ai.response.id': data.id,
        'gen_ai.response.finish_reasons': ['stop'],
        'gen_ai.usage.input_tokens': data.usage.prompt_tokens,
        'gen_ai.usage.output_tokens': data.usage.completion_tokens,
        'http.response.status_code': 200,
      })
      expect(span?.attributes['openrouter.generation_id']).toBe(response.generationId)
      expect(span?.status.code).not.toBe(SpanStatusCode.ERROR)
    })
  })

  it('leaves prompts and outputs out unless captureContent is set', async () => {
    await withServer(undefined, async (server) => {
      await requestJson(chatSpec(), { client: clientFor(server, [tracing({ tracer })]) })
      await requestJson(chatSpec(), {
        client: clientFor(server, [tracing({ tracer, captureContent: true })]),
      })
      const [plain, captured] = exporter.getFinishedSpans()
      expect(Object.keys(plain?.attributes ?? {})).not.toContain('gen_ai.input.messages')
      expect(Object.keys(plain?.attributes ?? {})).not.toContain('gen_ai.output.messages')
      expect(captured?.attributes['gen_ai.input.messages']).toContain('Hello')
      expect(captured?.attributes['gen_ai.output.messages']).toContain('assistant')
    })
  })

  it('marks the span as an error with the error kind when the call fails', async () => {
    await withServer(undefined, async (server) => {
      const error = await rejection(
        requestJson(
          chatSpec(),
          scenario({ status: 429, retryAfter: 1 }, { client: clientFor(server, [tracing({ tracer })]) }),
        ),
      )
      expect(error).toMatchObject({ kind: 'rate_limit' })
      const [span] = exporter.getFinishedSpans()
      expect(span?.status.code).toBe(SpanStatusCode.ERROR)
      expect(span?.attributes).toMatchObject({ 'error.type': 'rate_limit', 'http.response.status_code': 429 })
      expect(span?.events.map((event) => event.name)).toContain('exception')
    })
  })

  it('ends a stream span when the headers arrive', async () => {
    await withServer(undefined, async (server) => {
      const source = await requestStream(streamSpec(), { client: clientFor(server, [tracing({ tracer })]) })
      const [span] = exporter.getFinishedSpans()
      expect(span?.name).toBe('chat openai/gpt-4o-mini')
      expect(span?.attributes).toMatchObject({ 'orsdk.stream': true, 'http.response.status_code': 200 })
      expect((await collect(chunksOf(source))).length).toBeGreaterThan(1)
      expect(exporter.getFinishedSpans()).toHaveLength(1)
    })
  })

  it("namespaces the call's telemetry fields as orsdk.* span attributes", async () => {
    await withServer(undefined, async (server) => {
      const client = clientFor(server, [tracing({ tracer })])
      await requestJson(chatSpec(), { client, telemetry: { tenant: 'acme', shard: 3 } })
      const [span] = exporter.getFinishedSpans()
      expect(span?.attributes).toMatchObject({ 'orsdk.tenant': 'acme', 'orsdk.shard': 3 })
    })
  })

  it('never records the API key', async () => {
    await withServer(undefined, async (server) => {
      const client = clientFor(server, [tracing({ tracer, captureContent: true })])
      await requestJson(chatSpec(), { client })
      await rejection(requestJson(chatSpec(), scenario({ status: 401 }, { client })))
      expect(
        JSON.stringify(exporter.getFinishedSpans().map((span) => [span.attributes, span.events])),
      ).not.toContain(TEST_KEY)
    })
  })
})

describe('tracing options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => tracing({ tracer: {} as never })).toThrow(/tracer/)
    expect(() => tracing({ captureContent: 'yes' as never })).toThrow(/captureContent/)
  })
})
