import type { Middleware, MiddlewareResponse } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rateLimit } from '../src/rate-limit.js'
import { chatSpec, engines, middlewareRequest, modelOf, rejection, withServer } from './helpers.js'

/** A clock that only moves when the limiter sleeps, recording each wait. */
function virtualTime(start = 1_000_000) {
  let time = start
  const waits: number[] = []
  const sleep = async (ms: number) => {
    waits.push(ms)
    time += ms
  }
  return { now: () => time, sleep, waits }
}

describe.each(engines)('rateLimit on the $name', ({ client: clientFor }) => {
  it('lets no more than `requests` start in any interval when many calls come at once', async () => {
    await withServer(undefined, async (server) => {
      const time = virtualTime()
      const starts: number[] = []
      const stamp: Middleware = (request, next) => {
        starts.push(time.now())
        return next(request)
      }
      const client = clientFor(server, [rateLimit({ requests: 2, intervalMs: 80, ...time }), stamp])
      await Promise.all([1, 2, 3, 4, 5].map(() => requestJson(chatSpec(), { client })))
      expect(starts.map((start) => start - (starts[0] ?? 0))).toEqual([0, 0, 80, 80, 160])
      expect(server.requests).toHaveLength(5)
    })
  })

  it('waits exactly until a slot opens when the clock is injected', async () => {
    await withServer(undefined, async (server) => {
      const time = virtualTime()
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 1000, ...time })])
      for (let index = 0; index < 3; index++) await requestJson(chatSpec(), { client })
      expect(time.waits).toEqual([1000, 1000])
      expect(server.requests).toHaveLength(3)
    })
  })

  it('ends the wait at once when the signal aborts', async () => {
    await withServer(undefined, async (server) => {
      const controller = new AbortController()
      // Outside the limiter: once `next` returned, the limiter is waiting (a minute, unless aborted).
      const abortOnceWaiting: Middleware = (request, next) => {
        const response = next(request)
        if (request.signal !== undefined) controller.abort()
        return response
      }
      const client = clientFor(server, [abortOnceWaiting, rateLimit({ requests: 1, intervalMs: 60_000 })])
      await requestJson(chatSpec(), { client })
      const error = await rejection(requestJson(chatSpec(), { signal: controller.signal, client }))
      expect(error).toMatchObject({ name: 'AbortError' })
      expect(error).toBe(controller.signal.reason)
      expect(server.requests).toHaveLength(1)
    })
  })

  it('lets later requests take the slot an aborted wait did not use', async () => {
    await withServer(undefined, async (server) => {
      let time = 0
      const waits: number[] = []
      // Waits with a signal never end by themselves (only by abort); the others pass time.
      const sleep = (ms: number, signal?: AbortSignal) => {
        waits.push(ms)
        if (signal !== undefined)
          return new Promise<void>((_, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason)),
          )
        time += ms
        return Promise.resolve()
      }
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 1000, now: () => time, sleep })])
      await requestJson(chatSpec(), { client })
      const controller = new AbortController()
      // Aborted once the second call waits in the limiter (its sleep recorded the wait).
      const aborted = rejection(requestJson(chatSpec(), { signal: controller.signal, client }))
      await vi.waitFor(() => expect(waits).toHaveLength(1))
      controller.abort()
      expect(await aborted).toMatchObject({ name: 'AbortError' })
      await requestJson(chatSpec(), { client })
      expect(waits).toEqual([1000, 1000])
      expect(server.requests).toHaveLength(2)
    })
  })

  it('keeps a separate quota per key', async () => {
    await withServer(undefined, async (server) => {
      const time = virtualTime()
      const key = (request: { body: unknown }) => modelOf({ body: request.body } as never) ?? ''
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 1000, key, ...time })])
      await requestJson(chatSpec({ model: 'a/one' }), { client })
      await requestJson(chatSpec({ model: 'b/two' }), { client })
      expect(time.waits).toEqual([])
      await requestJson(chatSpec({ model: 'a/one' }), { client })
      expect(time.waits).toEqual([1000])
    })
  })
})

// The default sleep and clock, faked: the middleware called directly, with no socket involved.
describe('rateLimit waiting on its own timer', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  const answer: MiddlewareResponse = { type: 'json', status: 200, headers: new Headers(), data: {} }

  it('starts each waiting call exactly when a slot of the window frees up', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const starts: number[] = []
    const next = async () => {
      starts.push(Date.now() - 1_000_000)
      return answer
    }
    const limiter = rateLimit({ requests: 2, intervalMs: 80 })
    const calls = Promise.all([1, 2, 3, 4, 5].map(() => limiter(middlewareRequest(), next)))
    await vi.advanceTimersByTimeAsync(79)
    expect(starts).toEqual([0, 0])
    await vi.advanceTimersByTimeAsync(1)
    expect(starts).toEqual([0, 0, 80, 80])
    await vi.advanceTimersByTimeAsync(80)
    expect(starts).toEqual([0, 0, 80, 80, 160])
    await calls
  })
})

describe('rateLimit options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => rateLimit({ requests: 0, intervalMs: 1000 })).toThrow(/requests/)
    expect(() => rateLimit({ requests: 1.5, intervalMs: 1000 })).toThrow(/requests/)
    expect(() => rateLimit({ requests: 1, intervalMs: 0 })).toThrow(/intervalMs/)
    expect(() => rateLimit({ requests: 1, intervalMs: 10, key: 'model' as never })).toThrow(/key/)
    expect(() => rateLimit(undefined as never)).toThrow(TypeError)
  })
})
