import type { CallOptions } from '@orsdk/transport'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type components,
  type countModels,
  getModelDetails,
  type listUserModels,
  type listZdrEndpoints,
} from '../src/index.js'

describe('@orsdk/account function types, read off the generated spec types', () => {
  it('types each answer as the spec does, and every paged list as an async iterable of its items', () => {
    expectTypeOf<Awaited<ReturnType<typeof countModels>>['data']['count']>().toEqualTypeOf<number>()
    expectTypeOf<Awaited<ReturnType<typeof listZdrEndpoints>>['data']>().toEqualTypeOf<
      components['schemas']['PublicEndpoint'][]
    >()
    expectTypeOf<ReturnType<typeof listUserModels> extends AsyncIterable<infer Model> ? Model : never>()
      .toHaveProperty('id')
      .toEqualTypeOf<string>()
  })

  it('takes a model id, then call options', () => {
    expectTypeOf(getModelDetails).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(getModelDetails).parameter(1).toEqualTypeOf<CallOptions | undefined>()
  })
})
