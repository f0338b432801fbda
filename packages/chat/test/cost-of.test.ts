import { describe, expect, it } from 'vitest'
import { type ChatUsage, chat, costOf } from '../src/index.js'
import { engines, params, useClient, useMockServer } from './helpers.js'

// The `ChatUsage` example of OpenRouter's OpenAPI spec (spec/openapi.yaml): 2 of 10 prompt
// tokens read from the cache, credits only.
const specExample: ChatUsage = {
  completion_tokens: 15,
  completion_tokens_details: { reasoning_tokens: 5 },
  cost: 0.0012,
  cost_details: {
    upstream_inference_completions_cost: 0.0004,
    upstream_inference_cost: null,
    upstream_inference_prompt_cost: 0.0008,
  },
  is_byok: false,
  prompt_tokens: 10,
  prompt_tokens_details: { cached_tokens: 2 },
  server_tool_use_details: { tool_calls_executed: 2, tool_calls_requested: 2 },
  total_tokens: 25,
}
// The usage-accounting guide's example: OpenRouter charged 0.95 while the provider billed 19 for
// the inference, the shape of a BYOK call (the guide's fee is a share of the provider's price).
const byokExample: ChatUsage = {
  completion_tokens: 2,
  completion_tokens_details: { reasoning_tokens: 0 },
  cost: 0.95,
  cost_details: { upstream_inference_cost: 19 },
  is_byok: true,
  prompt_tokens: 194,
  prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 100, audio_tokens: 0 },
  total_tokens: 196,
}

describe('costOf', () => {
  it('is the credits charged when the call ran on OpenRouter, cache discount already in them', () => {
    expect(costOf(specExample)).toEqual({ total: 0.0012, byok: false })
  })

  it('adds what the provider billed your own key to the fee on BYOK', () => {
    expect(costOf(byokExample)).toEqual({ total: 19.95, upstream: 19, byok: true })
  })

  it('reports the upstream cost without adding it when the call was not BYOK', () => {
    const usage = { ...byokExample, is_byok: false }
    expect(costOf(usage)).toEqual({ total: 0.95, upstream: 19, byok: false })
  })

  it('counts a BYOK call whose fee is not reported by the provider bill alone', () => {
    expect(costOf({ ...byokExample, cost: null })).toEqual({ total: 19, upstream: 19, byok: true })
  })

  it('is undefined without usage or without any cost in it (an aborted stream)', () => {
    expect(costOf(undefined)).toBeUndefined()
    expect(costOf({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 })).toBeUndefined()
    expect(
      costOf({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2, cost: Number.NaN }),
    ).toBeUndefined()
  })
})

const mock = useMockServer()

describe.each(engines)('costOf against the emulator on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('reads the cost of a buffered answer', async () => {
    const completion = await chat(params(), { client: client() })
    expect(costOf(completion.usage)).toEqual({ total: completion.usage?.cost, byok: false })
  })
})
