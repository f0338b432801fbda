import type { CallOptions } from '@orsdk/transport'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type components,
  createKey,
  createObservabilityDestination,
  createPresetFromChat,
  createPresetFromResponses,
  type deleteKey,
  type getCredits,
  getPresetVersion,
  listGuardrails,
  type listKeys,
  setWorkspaceBudget,
} from '../src/index.js'

describe('@orsdk/admin function types, read off the generated spec types', () => {
  it('types each answer as the spec does', () => {
    expectTypeOf<Awaited<ReturnType<typeof getCredits>>['data']['total_credits']>().toEqualTypeOf<number>()
    expectTypeOf<Awaited<ReturnType<typeof createKey>>['key']>().toEqualTypeOf<string>()
    expectTypeOf<Awaited<ReturnType<typeof deleteKey>>['deleted']>().toEqualTypeOf<true>()
  })

  it('makes every paged list an async iterable of its items', () => {
    expectTypeOf(listGuardrails).returns.toEqualTypeOf<AsyncIterable<components['schemas']['Guardrail']>>()
    expectTypeOf<ReturnType<typeof listKeys> extends AsyncIterable<infer Key> ? Key : never>()
      .toHaveProperty('hash')
      .toEqualTypeOf<string>()
  })

  it('takes path parameters first, then params, then call options', () => {
    expectTypeOf(setWorkspaceBudget)
      .parameter(1)
      .toEqualTypeOf<components['schemas']['WorkspaceBudgetInterval']>()
    expectTypeOf(setWorkspaceBudget).parameter(2).toHaveProperty('limit_usd').toEqualTypeOf<number>()
    expectTypeOf(setWorkspaceBudget).parameter(3).toEqualTypeOf<CallOptions | undefined>()
    expectTypeOf(getPresetVersion).parameter(1).toEqualTypeOf<number | string>()
    // @ts-expect-error a key needs a name
    void createKey({ limit: 5 })
    // Fields the spec gives a default may be left out of a request body.
    void createPresetFromChat('slug', { messages: [] })
    void createPresetFromResponses('slug', { model: 'openai/o4-mini' })
    void createObservabilityDestination({ type: 'webhook', name: 'traces', config: {} })
  })
})
