import { costOf } from '@orsdk/chat'
import { isOpenRouterError, type MiddlewareResponse, policyError } from '@orsdk/transport'
import { errorFromBody, requestJson, requestStream, type StreamSource } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { abortedStreamUsage, type RecoveredUsage } from '../src/aborted-stream-usage.js'
import {
  chatSpec,
  chunksOf,
  engines,
  middlewareRequest,
  scenario,
  streamSpec,
  withServer,
} from './helpers.js'

describe.each(engines)('abortedStreamUsage on the $name', ({ client: clientFor }) => {
  it('recovers the usage of a stream aborted through its signal, polling until the record appears', async () => {
    await withServer(undefined, async (server) => {
      const lookups: number[] = []
      let report: (recovered: RecoveredUsage) => void = () => {}
      const recovered = new Promise<RecoveredUsage>((resolve) => {
        report = resolve
      })
      const client = clientFor(server, [
        abortedStreamUsage({
          fetchGeneration: async (id) => {
            const response = await requestJson(
              { operation: 'generation', method: 'GET', path: '/generation', query: { id } },
              { client },
            ).catch((error: unknown) => {
              lookups.push(isOpenRouterError(error) ? (error.status ?? 0) : 0)
              throw error
            })
            lookups.push(response.status)
            return response.data
          },
          onUsage: report,
          firstDelayMs: 20,
          maxDelayMs: 40,
          maxAttempts: 50,
        }),
      ])
      const controller = new AbortController()
      const source = await requestStream(
        streamSpec(),
        scenario(
          { chunks: 30, chunkDelayMs: 30, generationDelayMs: 600 },
          { client, signal: controller.signal },
        ),
      )
      const iterator = chunksOf(source)[Symbol.asyncIterator]()
      await iterator.next()
      controller.abort()
      await iterator.next().catch(() => {})
      const { usage, generationId, operation, record } = await recovered
      expect(generationId).toBe(source.generationId)
      expect(operation).toBe('chat.stream')
      expect(record.cancelled).toBe(true)
      expect(lookups[0]).toBe(404)
      expect(lookups.at(-1)).toBe(200)
      const full = (await requestJson(chatSpec(), { client })).data as {
        usage: { cost: number; completion_tokens: number }
      }
      expect(usage.completion_tokens).toBeLessThan(full.usage.completion_tokens)
      expect(costOf(usage)?.total).toBeGreaterThan(0)
      expect(costOf(usage)?.total).toBeLessThan(full.usage.cost)
    })
  })
})

const sseStart = (generationId: string): MiddlewareResponse => ({
  type: 'sse',
  status: 200,
  headers: new Headers(),
  generationId,
  source: {} as StreamSource,
})
// What the emulator and OpenRouter answer while the record is not written yet.
const notFound = () =>
  Promise.reject(errorFromBody({ error: { code: 404, message: 'Generation not found' } }, { status: 404 }))

describe('abortedStreamUsage, timing', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('looks up with doubling waits up to maxDelayMs, then reports generation_not_found', async () => {
    vi.useFakeTimers()
    const calls: number[] = []
    const errors: unknown[] = []
    const middleware = abortedStreamUsage({
      fetchGeneration: () => {
        calls.push(Date.now())
        return notFound()
      },
      onUsage: () => {},
      onError: (error) => errors.push(error),
    })
    const controller = new AbortController()
    await middleware(middlewareRequest({ stream: true, signal: controller.signal }), async () =>
      sseStart('gen-1'),
    )
    const start = Date.now()
    controller.abort()
    await vi.runAllTimersAsync()
    expect(calls.map((time) => time - start)).toEqual([500, 1500, 3500, 7500, 11_500, 15_500])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ kind: 'server', code: 'generation_not_found' })
  })

  it('retries a 404 and stops at the first other error', async () => {
    vi.useFakeTimers()
    const errors: unknown[] = []
    let calls = 0
    const fatal = policyError('forbidden', { kind: 'auth', code: 'forbidden' })
    const middleware = abortedStreamUsage({
      fetchGeneration: () => (++calls === 1 ? notFound() : Promise.reject(fatal)),
      onUsage: () => {},
      onError: (error) => errors.push(error),
      firstDelayMs: 10,
    })
    const controller = new AbortController()
    await middleware(middlewareRequest({ stream: true, signal: controller.signal }), async () =>
      sseStart('gen-1'),
    )
    controller.abort()
    await vi.runAllTimersAsync()
    expect(calls).toBe(2)
    expect(errors).toEqual([fatal])
  })

  it('reports only the streams OpenRouter recorded as cancelled when a shared signal aborts', async () => {
    vi.useFakeTimers()
    const reported: string[] = []
    const middleware = abortedStreamUsage({
      fetchGeneration: async (id) => ({ data: { id, cancelled: id === 'gen-2', total_cost: 0.001 } }),
      onUsage: ({ generationId }) => reported.push(generationId),
      firstDelayMs: 10,
    })
    const controller = new AbortController()
    for (const id of ['gen-1', 'gen-2'])
      await middleware(middlewareRequest({ stream: true, signal: controller.signal }), async () =>
        sseStart(id),
      )
    await middleware(middlewareRequest({ stream: false, signal: controller.signal }), async () =>
      sseStart('gen-3'),
    )
    controller.abort()
    await vi.runAllTimersAsync()
    expect(reported).toEqual(['gen-2'])
  })

  it('rejects bad options when built', () => {
    expect(() => abortedStreamUsage({ onUsage: () => {} } as never)).toThrow(
      'abortedStreamUsage: fetchGeneration must be a function',
    )
    expect(() =>
      abortedStreamUsage({ fetchGeneration: notFound, onUsage: () => {}, maxAttempts: 0 }),
    ).toThrow('abortedStreamUsage: maxAttempts must be an integer >= 1, got 0')
  })
})
