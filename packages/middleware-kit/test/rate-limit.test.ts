import type { Middleware } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { rateLimit } from '../src/rate-limit.js'
import { chatSpec, engines, modelOf, rejection, withServer } from './helpers.js'

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
  it('spaces requests so that no more than `requests` start in any interval', async () => {
    await withServer(undefined, async (server) => {
      const starts: number[] = []
      const stamp: Middleware = (request, next) => {
        starts.push(performance.now())
        return next(request)
      }
      const client = clientFor(server, [rateLimit({ requests: 2, intervalMs: 80 }), stamp])
      await Promise.all([1, 2, 3, 4, 5].map(() => client.request(chatSpec())))
      // Sliding window: any three consecutive starts span at least one interval. Only lower
      // bounds are asserted (timers never fire early; under load they fire late).
      expect(starts).toHaveLength(5)
      for (let index = 2; index < starts.length; index++) {
        expect((starts[index] ?? 0) - (starts[index - 2] ?? 0)).toBeGreaterThanOrEqual(75)
      }
      expect(server.requests).toHaveLength(5)
    })
  })

  it('waits exactly until a slot opens when the clock is injected', async () => {
    await withServer(undefined, async (server) => {
      const time = virtualTime()
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 1000, ...time })])
      for (let index = 0; index < 3; index++) await client.request(chatSpec())
      expect(time.waits).toEqual([1000, 1000])
      expect(server.requests).toHaveLength(3)
    })
  })

  it('ends the wait at once when the signal aborts', async () => {
    await withServer(undefined, async (server) => {
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 60_000 })])
      await client.request(chatSpec())
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 20)
      const started = performance.now()
      const error = await rejection(client.request(chatSpec(), { signal: controller.signal }))
      expect(error).toMatchObject({ name: 'AbortError' })
      expect(performance.now() - started).toBeLessThan(1000)
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
      await client.request(chatSpec())
      const controller = new AbortController()
      const aborted = rejection(client.request(chatSpec(), { signal: controller.signal }))
      await new Promise((resolve) => setTimeout(resolve, 10))
      controller.abort()
      expect(await aborted).toMatchObject({ name: 'AbortError' })
      await client.request(chatSpec())
      expect(waits).toEqual([1000, 1000])
      expect(server.requests).toHaveLength(2)
    })
  })

  it('keeps a separate quota per key', async () => {
    await withServer(undefined, async (server) => {
      const time = virtualTime()
      const key = (request: { body: unknown }) => modelOf({ body: request.body } as never) ?? ''
      const client = clientFor(server, [rateLimit({ requests: 1, intervalMs: 1000, key, ...time })])
      await client.request(chatSpec({ model: 'a/one' }))
      await client.request(chatSpec({ model: 'b/two' }))
      expect(time.waits).toEqual([])
      await client.request(chatSpec({ model: 'a/one' }))
      expect(time.waits).toEqual([1000])
    })
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
