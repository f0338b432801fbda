import { isOpenRouterError } from '@orsdk/transport'
import { requestJson, requestStream } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { budget } from '../src/budget.js'
import {
  chatSpec,
  chunksOf,
  collect,
  engines,
  rejection,
  scenario,
  streamSpec,
  withServer,
} from './helpers.js'

const costOfCall = (data: unknown) => (data as { usage: { cost: number } }).usage.cost

describe.each(engines)('budget on the $name', ({ client: clientFor }) => {
  it('adds up what buffered answers cost and refuses the next call unsent once the limit is reached', async () => {
    await withServer(undefined, async (server) => {
      const probe = clientFor(server)
      const cost = costOfCall((await requestJson(chatSpec(), { client: probe })).data)
      const spending = budget({ limitUsd: cost * 1.5 })
      const client = clientFor(server, [spending])
      await requestJson(chatSpec(), { client })
      expect(spending.spentUsd).toBeCloseTo(cost, 12)
      await requestJson(chatSpec(), { client })
      const sent = server.requests.length
      const error = await rejection(requestJson(chatSpec(), { client }))
      expect(isOpenRouterError(error)).toBe(true)
      expect(error).toMatchObject({ kind: 'payment_required', code: 'budget_exceeded', retryable: false })
      expect((error as Error).message).toMatch(
        /^budget exceeded: \$[\d.]+ spent of a \$[\d.]+ budget; chat not sent$/,
      )
      expect(server.requests.length).toBe(sent)
    })
  })

  it('counts the provider bill of a BYOK answer besides OpenRouter fee', async () => {
    await withServer(undefined, async (server) => {
      const usage = {
        prompt_tokens: 194,
        completion_tokens: 2,
        total_tokens: 196,
        cost: 0.95,
        is_byok: true,
        cost_details: { upstream_inference_cost: 19 },
      }
      const body = { id: 'gen-1', object: 'chat.completion', created: 1, model: 'm', choices: [], usage }
      const spent: number[] = []
      const spending = budget({ limitUsd: 100, onSpend: ({ totalUsd }) => spent.push(totalUsd) })
      await requestJson(chatSpec(), scenario({ body }, { client: clientFor(server, [spending]) }))
      expect(spending.spentUsd).toBe(19.95)
      expect(spent).toEqual([19.95])
    })
  })

  it('gates a stream at its start, counts what charge() adds, and lets lookups through', async () => {
    await withServer(undefined, async (server) => {
      const spending = budget({ limitUsd: 0.01 })
      const client = clientFor(server, [spending])
      const chunks = await collect(chunksOf(await requestStream(streamSpec(), { client })))
      expect(spending.spentUsd).toBe(0)
      spending.charge(0.02)
      expect(spending.spentUsd).toBe(0.02)
      const error = await rejection(requestStream(streamSpec(), { client }))
      expect(error).toMatchObject({ code: 'budget_exceeded' })
      const key = await requestJson({ operation: 'key', method: 'GET', path: '/key' }, { client })
      expect(key.status).toBe(200)
      expect(chunks.length).toBeGreaterThan(0)
    })
  })

  it('rejects bad options when built', () => {
    expect(() => budget({ limitUsd: -1 })).toThrow(
      'budget: limitUsd must be a finite number of USD >= 0, got -1',
    )
    expect(() => budget({ limitUsd: 1, spentUsd: Number.NaN })).toThrow('budget: spentUsd must be')
    expect(() => budget({ limitUsd: 1, costOf: 'usage' as never })).toThrow(
      'budget: costOf must be a function',
    )
    expect(() => budget(undefined as never)).toThrow('budget: options are required')
    expect(() => budget({ limitUsd: 1 }).charge(-1)).toThrow(
      'budget: charge takes a number of USD >= 0, got -1',
    )
  })
})
