import type { Middleware } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { retry } from '../src/retry.js'
import { type RetryBudgetStore, type RetryBudgetWindow, retryBudget } from '../src/retry-budget.js'
import { rotateModels } from '../src/rotate-models.js'
import { chatSpec, engines, modelOf, rejection, scenario, withServer } from './helpers.js'

const noWait = { sleep: async () => {} }
const failure = scenario({ status: 503 }).headers
/** Fails the first attempt of every call; a retry, if sent, succeeds. */
const failFirst: Middleware = (request, next) =>
  next(request.attempt === 1 ? { ...request, headers: { ...request.headers, ...failure } } : request)

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error) => String(error.code ?? error.status),
  )

describe.each(engines)('retryBudget on the $name', ({ client: clientFor }) => {
  it('lets retries through while they stay under the ratio of requests, and refuses the rest unsent', async () => {
    await withServer(undefined, async (server) => {
      const budget = retryBudget({ ratio: 0.5, windowMs: 60_000, minRetries: 0, now: () => 0 })
      const client = clientFor(server, [retry({ maxAttempts: 3, ...noWait }), budget, failFirst])
      const outcomes = []
      for (let index = 0; index < 4; index++)
        outcomes.push(await outcome(requestJson(chatSpec(), { client })))
      // Requests 1..4 allow 0.5, 1, 1.5, 2 retries: the 2nd and 4th calls get one each.
      expect(outcomes).toEqual(['retry_budget_exhausted', 'ok', 'retry_budget_exhausted', 'ok'])
      expect(server.requests).toHaveLength(6)
      const error = await rejection(requestJson(chatSpec(), { client }))
      expect(error).toMatchObject({ kind: 'server', code: 'retry_budget_exhausted', retryable: false })
      expect((error as Error).message).toMatch(/retry budget exhausted: .* attempt 2 not sent/)
      await client.close()
    })
  })

  it('allows minRetries retries per window however few the requests', async () => {
    await withServer(undefined, async (server) => {
      const budget = retryBudget({ ratio: 0.1, windowMs: 60_000, minRetries: 2, now: () => 0 })
      const client = clientFor(server, [retry({ maxAttempts: 2, ...noWait }), budget, failFirst])
      const outcomes = []
      for (let index = 0; index < 3; index++)
        outcomes.push(await outcome(requestJson(chatSpec(), { client })))
      expect(outcomes).toEqual(['ok', 'ok', 'retry_budget_exhausted'])
      await client.close()
    })
  })

  it('forgets retries once the window has slid past them', async () => {
    await withServer(undefined, async (server) => {
      let time = 0
      const budget = retryBudget({ ratio: 0, windowMs: 1000, minRetries: 2, now: () => time })
      const always: Middleware = (request, next) =>
        next({ ...request, headers: { ...request.headers, ...failure } })
      const failing = clientFor(server, [retry({ maxAttempts: 3, ...noWait }), budget, always])
      const client = clientFor(server, [retry({ maxAttempts: 2, ...noWait }), budget, failFirst])
      // Two retries spend the window's floor; they count until the window has slid past time 0.
      expect(await outcome(requestJson(chatSpec(), { client: failing }))).toBe('503')
      time = 999
      expect(await outcome(requestJson(chatSpec(), { client }))).toBe('retry_budget_exhausted')
      time = 1000
      expect(await outcome(requestJson(chatSpec(), { client }))).toBe('ok')
      expect(server.requests).toHaveLength(6)
      await client.close()
      await failing.close()
    })
  })

  it('counts the tries of rotateModels between retry and the budget as retries', async () => {
    await withServer(
      (request) => (modelOf(request) === 'openai/gpt-4o-mini' ? { status: 503 } : undefined),
      async (server) => {
        const budget = retryBudget({ ratio: 0, windowMs: 60_000, minRetries: 0 })
        const rotation = rotateModels({ models: ['openai/gpt-4o-mini', 'google/gemini-2.5-flash'] })
        const client = clientFor(server, [retry({ maxAttempts: 1 }), rotation, budget])
        expect(await outcome(requestJson(chatSpec(), { client }))).toBe('retry_budget_exhausted')
        expect(server.requests.map(modelOf)).toEqual(['openai/gpt-4o-mini'])
        await client.close()
      },
    )
  })

  it('asks the store, with the window, for every attempt after the first', async () => {
    await withServer(undefined, async (server) => {
      const calls: string[] = []
      const store: RetryBudgetStore = {
        deposit: (window: RetryBudgetWindow) => void calls.push(`deposit ${JSON.stringify(window)}`),
        tryWithdraw: async (window: RetryBudgetWindow) => {
          calls.push(`withdraw ${window.now}`)
          return true
        },
      }
      const budget = retryBudget({ ratio: 0.2, windowMs: 5000, store, now: () => 7 })
      const client = clientFor(server, [retry({ maxAttempts: 2, ...noWait }), budget, failFirst])
      expect((await requestJson(chatSpec(), { client })).status).toBe(200)
      expect(calls).toEqual(['deposit {"now":7,"windowMs":5000,"ratio":0.2,"minRetries":10}', 'withdraw 7'])
      await client.close()
    })
  })
})

describe('retryBudget options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => retryBudget({ ratio: -0.1, windowMs: 1000 })).toThrow(/ratio/)
    expect(() => retryBudget({ ratio: Number.NaN, windowMs: 1000 })).toThrow(/ratio/)
    expect(() => retryBudget({ ratio: 0.1, windowMs: 0 })).toThrow(/windowMs/)
    expect(() => retryBudget({ ratio: 0.1, windowMs: 1000, minRetries: -1 })).toThrow(/minRetries/)
    expect(() => retryBudget({ ratio: 0.1, windowMs: 1000, now: 5 as never })).toThrow(/now/)
    expect(() => retryBudget({ ratio: 0.1, windowMs: 1000, store: {} as never })).toThrow(/store/)
    expect(() => retryBudget(undefined as never)).toThrow(TypeError)
  })
})
