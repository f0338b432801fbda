import { requestJson } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { type BreakerState, type BreakerStore, circuitBreaker } from '../src/circuit-breaker.js'
import { chatSpec, engines, modelOf, rejection, scenario, withServer } from './helpers.js'

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let time = start
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms
    },
  }
}

const failing = new Set<string>()
const script = (request: Parameters<typeof modelOf>[0]) =>
  failing.has(modelOf(request) ?? '') ? { status: 503 } : undefined

describe.each(engines)('circuitBreaker on the $name', ({ client: clientFor }) => {
  it('opens after failureThreshold failures and rejects without a request reaching the server', async () => {
    failing.add('openai/gpt-4o-mini')
    await withServer(script, async (server) => {
      const clock = manualClock()
      const client = clientFor(server, [
        circuitBreaker({ failureThreshold: 2, cooldownMs: 5000, now: clock.now }),
      ])
      await rejection(requestJson(chatSpec(), { client }))
      await rejection(requestJson(chatSpec(), { client }))
      const before = server.requests.length
      const error = await rejection(requestJson(chatSpec(), { client }))
      expect(error).toMatchObject({
        kind: 'server',
        code: 'circuit_open',
        retryable: true,
        retryAfterMs: 5000,
      })
      expect((error as Error).message).toMatch(
        /"openai\/gpt-4o-mini" is open after 2 failures.*half-opens in 5000 ms/,
      )
      expect(server.requests.length).toBe(before)
    })
    failing.clear()
  })

  it('lets one trial through after the cool-down and closes when it succeeds', async () => {
    failing.add('openai/gpt-4o-mini')
    await withServer(script, async (server) => {
      const clock = manualClock()
      const client = clientFor(server, [
        circuitBreaker({ failureThreshold: 1, cooldownMs: 5000, now: clock.now }),
      ])
      await rejection(requestJson(chatSpec(), { client }))
      clock.advance(3000)
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ retryAfterMs: 2000 })
      failing.clear()
      clock.advance(2000)
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      expect(server.requests).toHaveLength(3)
    })
  })

  it('re-opens at once when the half-open trial fails', async () => {
    failing.add('openai/gpt-4o-mini')
    await withServer(script, async (server) => {
      const clock = manualClock()
      const client = clientFor(server, [
        circuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: clock.now }),
      ])
      for (let index = 0; index < 3; index++) await rejection(requestJson(chatSpec(), { client }))
      clock.advance(1000)
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ status: 503 })
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ code: 'circuit_open' })
      expect(server.requests).toHaveLength(4)
    })
    failing.clear()
  })

  it('rejects other requests while the half-open trial is in flight', async () => {
    failing.add('openai/gpt-4o-mini')
    await withServer(script, async (server) => {
      const clock = manualClock()
      const client = clientFor(server, [
        circuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: clock.now }),
      ])
      await rejection(requestJson(chatSpec(), { client }))
      failing.clear()
      clock.advance(1000)
      const trial = requestJson(chatSpec(), scenario({ headersDelayMs: 50 }, { client }))
      const other = await rejection(requestJson(chatSpec(), { client }))
      expect((other as Error).message).toMatch(/half-open, a trial is in flight/)
      expect((await trial).status).toBe(200)
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
    })
  })

  it('keeps one circuit per model by default', async () => {
    failing.add('openai/gpt-4o-mini')
    await withServer(script, async (server) => {
      const client = clientFor(server, [circuitBreaker({ failureThreshold: 1 })])
      await rejection(requestJson(chatSpec(), { client }))
      expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({ code: 'circuit_open' })
      const other = await requestJson(chatSpec({ model: 'google/gemini-2.5-flash' }), { client })
      expect(other.status).toBe(200)
    })
    failing.clear()
  })

  it('does not count errors about the request itself', async () => {
    await withServer(
      () => ({ status: 400 }),
      async (server) => {
        const client = clientFor(server, [circuitBreaker({ failureThreshold: 1 })])
        await rejection(requestJson(chatSpec(), { client }))
        expect(await rejection(requestJson(chatSpec(), { client }))).toMatchObject({
          kind: 'invalid_request',
        })
        expect(server.requests).toHaveLength(2)
      },
    )
  })

  it('shares state through the store when two breakers use the same one', async () => {
    failing.add('openai/gpt-4o-mini')
    const states = new Map<string, string>()
    // Async and serialised, like a Redis-backed store.
    const store: BreakerStore = {
      get: async (key) => {
        const text = states.get(key)
        return text === undefined ? undefined : (JSON.parse(text) as BreakerState)
      },
      set: async (key, state) => void states.set(key, JSON.stringify(state)),
    }
    await withServer(script, async (server) => {
      const first = clientFor(server, [circuitBreaker({ failureThreshold: 1, store })])
      const second = clientFor(server, [circuitBreaker({ failureThreshold: 1, store })])
      await rejection(requestJson(chatSpec(), { client: first }))
      expect(await rejection(requestJson(chatSpec(), { client: second }))).toMatchObject({
        code: 'circuit_open',
      })
      expect(server.requests).toHaveLength(1)
      expect(JSON.parse(states.get('openai/gpt-4o-mini') ?? '{}')).toMatchObject({
        state: 'open',
        failures: 1,
      })
    })
    failing.clear()
  })
})

describe('circuitBreaker options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => circuitBreaker({ failureThreshold: 0 })).toThrow(/failureThreshold/)
    expect(() => circuitBreaker({ cooldownMs: -5 })).toThrow(/cooldownMs/)
    expect(() => circuitBreaker({ key: 'model' as unknown as () => string })).toThrow(/key/)
    expect(() => circuitBreaker({ store: {} as BreakerStore })).toThrow(/store/)
  })
})
