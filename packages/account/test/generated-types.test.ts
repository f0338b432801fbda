import { describe, expectTypeOf, it } from 'vitest'
import type { components, operations, paths } from '../src/index'

type Json<Operation extends keyof operations> =
  operations[Operation]['responses'] extends Record<200, { content: { 'application/json': infer Body } }>
    ? Body
    : never

describe('@orsdk/account generated types', () => {
  it('types the operations spec/operations.json gives the package, and only those', () => {
    expectTypeOf<Json<'listEndpointsZdr'>['data']>().toEqualTypeOf<
      components['schemas']['PublicEndpoint'][]
    >()
    expectTypeOf<Json<'listModelsCount'>['data']['count']>().toEqualTypeOf<number>()
    expectTypeOf<paths['/models/user']['get']>().toEqualTypeOf<operations['listModelsUser']>()
    // Management-key operations are @orsdk/admin's.
    expectTypeOf<'getCredits'>().not.toMatchTypeOf<keyof operations>()
    expectTypeOf<'/keys'>().not.toMatchTypeOf<keyof paths>()
  })
})
