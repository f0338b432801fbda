import { isOpenRouterError, type MiddlewareResponse, policyError } from '@orsdk/transport'
import { requestJson, requestStream } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { retry } from '../src/retry.js'
import {
  chatSpec,
  chunksOf,
  collect,
  engines,
  middlewareRequest,
  rejection,
  scenario,
  streamSpec,
  withServer,
} from './helpers.js'

/** A sleep that records each wait and returns at once. */
function recordingSleep() {
  const waits: number[] = []
  return { waits, sleep: async (ms: number) => void waits.push(ms) }
}

describe.each(engines)('retry on the $name', ({ client: clientFor }) => {
  it('retries a retryable 503 and returns the next answer when it succeeds', async () => {
    let calls = 0
    await withServer(
      () => (++calls === 1 ? { status: 503 } : undefined),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const client = clientFor(server, [retry({ sleep })])
        const response = await requestJson(chatSpec(), { client })
        expect(response.status).toBe(200)
        expect(server.requests).toHaveLength(2)
        expect(waits).toHaveLength(1)
      },
    )
  })

  it('waits what Retry-After asks when the server sends it', async () => {
    let calls = 0
    await withServer(
      () => (++calls === 1 ? { status: 429, retryAfter: '0.05' } : undefined),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const client = clientFor(server, [retry({ baseDelayMs: 0, sleep })])
        expect((await requestJson(chatSpec(), { client })).status).toBe(200)
        expect(waits).toEqual([50])
        expect(server.requests).toHaveLength(2)
      },
    )
  })

  it('gives up at once when Retry-After is longer than maxRetryAfterMs', async () => {
    await withServer(
      () => ({ status: 429, retryAfter: 120 }),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const client = clientFor(server, [retry({ maxRetryAfterMs: 1000, sleep })])
        const error = await rejection(requestJson(chatSpec(), { client }))
        expect(error).toMatchObject({ kind: 'rate_limit', retryAfterMs: 120_000 })
        expect(server.requests).toHaveLength(1)
        expect(waits).toEqual([])
      },
    )
  })

  it("waits maxRetryAfterMs when Retry-After is longer and onLongRetryAfter is 'wait-max'", async () => {
    await withServer(
      () => ({ status: 429, retryAfter: 120 }),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const client = clientFor(server, [
          retry({ maxAttempts: 2, maxRetryAfterMs: 1000, onLongRetryAfter: 'wait-max', sleep }),
        ])
        await rejection(requestJson(chatSpec(), { client }))
        expect(waits).toEqual([1000])
        expect(server.requests).toHaveLength(2)
      },
    )
  })

  it('stops at maxAttempts and rethrows the last error when every attempt fails', async () => {
    await withServer(
      () => ({ status: 503 }),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const client = clientFor(server, [retry({ maxAttempts: 3, sleep })])
        const error = await rejection(requestJson(chatSpec(), { client }))
        expect(isOpenRouterError(error) && error.kind).toBe('server')
        expect(server.requests).toHaveLength(3)
        expect(waits).toHaveLength(2)
      },
    )
  })

  it('backs off exponentially with full jitter up to maxDelayMs when there is no Retry-After', async () => {
    await withServer(
      () => ({ status: 502 }),
      async (server) => {
        const { waits, sleep } = recordingSleep()
        const middleware = retry({
          maxAttempts: 4,
          baseDelayMs: 100,
          maxDelayMs: 150,
          random: () => 0.5,
          sleep,
        })
        await rejection(requestJson(chatSpec(), { client: clientFor(server, [middleware]) }))
        expect(waits).toEqual([50, 75, 75])
      },
    )
  })

  it('stops waiting at once and rejects with the abort reason when the signal aborts', async () => {
    const controller = new AbortController()
    await withServer(
      () => ({ status: 429, retryAfter: 30 }),
      async (server) => {
        // Aborts once the 30 s wait has started: the test times out if the wait does not end.
        const onRetry = () => queueMicrotask(() => controller.abort())
        const client = clientFor(server, [retry({ onRetry })])
        const error = await rejection(requestJson(chatSpec(), { signal: controller.signal, client }))
        expect(error).toMatchObject({ name: 'AbortError' })
        expect(error).toBe(controller.signal.reason)
        expect(server.requests).toHaveLength(1)
      },
    )
  })

  it('does not retry an error that is not retryable', async () => {
    await withServer(
      () => ({ status: 400 }),
      async (server) => {
        const client = clientFor(server, [retry({ sleep: async () => {} })])
        expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({
          kind: 'invalid_request',
        })
        expect(server.requests).toHaveLength(1)
      },
    )
  })

  it('retries what shouldRetry accepts when the error is not retryable by itself', async () => {
    let calls = 0
    await withServer(
      () => (++calls === 1 ? { status: 400 } : undefined),
      async (server) => {
        const seen: number[] = []
        const shouldRetry = (error: unknown, attempt: number) => {
          seen.push(attempt)
          return isOpenRouterError(error) && error.status === 400
        }
        const client = clientFor(server, [retry({ shouldRetry, sleep: async () => {} })])
        expect((await requestJson(chatSpec(), { client })).status).toBe(200)
        expect(seen).toEqual([1])
      },
    )
  })

  it('retries a stream whose start fails before any event', async () => {
    let calls = 0
    await withServer(
      () => (++calls === 1 ? { status: 503 } : undefined),
      async (server) => {
        const client = clientFor(server, [retry({ sleep: async () => {} })])
        const chunks = await collect(chunksOf(await requestStream(streamSpec(), { client })))
        expect(chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? '').join('')).toContain(
          'Hello from the OpenRouter emulator',
        )
        expect(server.requests).toHaveLength(2)
      },
    )
  })

  it('never retries a stream that fails after it started delivering events', async () => {
    await withServer(undefined, async (server) => {
      const client = clientFor(server, [retry({ sleep: async () => {} })])
      const source = await requestStream(streamSpec(), scenario({ resetAfter: 2 }, { client }))
      let chunks = 0
      const error = await rejection(
        (async () => {
          for await (const _chunk of chunksOf(source)) chunks++
        })(),
      )
      expect(error).toMatchObject({ kind: 'stream_disconnect' })
      expect(chunks).toBe(2)
      expect(server.requests).toHaveLength(1)
    })
  })
})

// The default sleep, on a fake clock: the middleware called directly, with no socket involved.
describe('retry waiting on its own timer', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  const rateLimited = () =>
    policyError('slow down', { kind: 'rate_limit', code: 'slow_down', retryable: true, retryAfterMs: 50 })
  const answer: MiddlewareResponse = { type: 'json', status: 200, headers: new Headers(), data: {} }

  it('sends the next attempt exactly when the Retry-After wait is over', async () => {
    vi.useFakeTimers()
    const next = vi.fn(async () => (next.mock.calls.length === 1 ? Promise.reject(rateLimited()) : answer))
    const pending = retry({ baseDelayMs: 0 })(middlewareRequest(), next)
    await vi.advanceTimersByTimeAsync(49)
    expect(next).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(next).toHaveBeenCalledTimes(2)
    expect(await pending).toBe(answer)
  })

  it('rejects with the abort reason and clears its timer when the signal aborts mid-wait', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const next = vi.fn(async () => Promise.reject(rateLimited()))
    const pending = rejection(retry()(middlewareRequest({ signal: controller.signal }), next))
    await vi.advanceTimersByTimeAsync(10)
    expect(vi.getTimerCount()).toBe(1)
    controller.abort()
    expect(await pending).toBe(controller.signal.reason)
    expect(vi.getTimerCount()).toBe(0)
    expect(next).toHaveBeenCalledTimes(1)
  })
})

describe('retry options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => retry({ maxAttempts: 0 })).toThrow(/maxAttempts/)
    expect(() => retry({ maxAttempts: 1.5 })).toThrow(/maxAttempts/)
    expect(() => retry({ baseDelayMs: -1 })).toThrow(/baseDelayMs/)
    expect(() => retry({ maxRetryAfterMs: Number.NaN })).toThrow(/maxRetryAfterMs/)
    expect(() => retry({ onLongRetryAfter: 'later' as 'give-up' })).toThrow(/onLongRetryAfter/)
    expect(() => retry({ shouldRetry: true as unknown as () => boolean })).toThrow(TypeError)
  })
})
