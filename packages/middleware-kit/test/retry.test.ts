import { EventStream, isOpenRouterError, jsonSseProtocol } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { retry } from '../src/retry.js'
import { chatSpec, engines, rejection, scenario, streamSpec, withServer } from './helpers.js'

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
        const response = await client.request(chatSpec())
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
        const client = clientFor(server, [retry({ baseDelayMs: 0 })])
        const started = performance.now()
        await client.request(chatSpec())
        expect(performance.now() - started).toBeGreaterThanOrEqual(45)
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
        const error = await rejection(client.request(chatSpec()))
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
        await rejection(client.request(chatSpec()))
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
        const error = await rejection(client.request(chatSpec()))
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
        await rejection(clientFor(server, [middleware]).request(chatSpec()))
        expect(waits).toEqual([50, 75, 75])
      },
    )
  })

  it('stops waiting at once and rejects with the abort reason when the signal aborts', async () => {
    const controller = new AbortController()
    await withServer(
      () => {
        setTimeout(() => controller.abort(), 20)
        return { status: 429, retryAfter: 30 }
      },
      async (server) => {
        const client = clientFor(server, [retry()])
        const started = performance.now()
        const error = await rejection(client.request(chatSpec(), { signal: controller.signal }))
        expect(error).toMatchObject({ name: 'AbortError' })
        expect(performance.now() - started).toBeLessThan(2000)
        expect(server.requests).toHaveLength(1)
      },
    )
  })

  it('does not retry an error that is not retryable', async () => {
    await withServer(
      () => ({ status: 400 }),
      async (server) => {
        const client = clientFor(server, [retry({ sleep: async () => {} })])
        expect(await rejection(client.request(chatSpec()))).toMatchObject({ kind: 'invalid_request' })
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
        expect((await client.request(chatSpec())).status).toBe(200)
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
        const response = await client.request(streamSpec())
        const stream = new EventStream(response.body, jsonSseProtocol('chat'), response)
        let chunks = 0
        for await (const _chunk of stream) chunks++
        expect(chunks).toBeGreaterThan(0)
        expect(server.requests).toHaveLength(2)
      },
    )
  })

  it('never retries a stream that fails after it started delivering events', async () => {
    await withServer(undefined, async (server) => {
      const client = clientFor(server, [retry({ sleep: async () => {} })])
      const response = await client.request(streamSpec(), scenario({ resetAfter: 2 }))
      const stream = new EventStream(response.body, jsonSseProtocol('chat'), response)
      let chunks = 0
      const error = await rejection(
        (async () => {
          for await (const _chunk of stream) chunks++
        })(),
      )
      expect(error).toMatchObject({ kind: 'stream_disconnect' })
      expect(chunks).toBe(2)
      expect(server.requests).toHaveLength(1)
    })
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
