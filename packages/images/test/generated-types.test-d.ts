import { describe, expectTypeOf, it } from 'vitest'
import type { components, ImageModel, ImageModelEndpoints, ImageParams, operations } from '../src/index.js'

// The hand-written types (open enums, unknown fields kept) must take what the spec describes, so
// a spec refresh that changes a shape breaks this test, not a user's build.
type Schemas = components['schemas']

/** True when every `A` is an `B`: what the spec describes fits the hand-written type. */
type Fits<A, B> = [A] extends [B] ? true : false

describe('@orsdk/images types against the spec', () => {
  it('takes every request the spec allows, and reads every model and endpoint list it describes', () => {
    expectTypeOf<Fits<Schemas['ImageGenerationRequest'], ImageParams>>().toEqualTypeOf<true>()
    expectTypeOf<Fits<Schemas['ImageModelListItem'], ImageModel>>().toEqualTypeOf<true>()
    expectTypeOf<Fits<Schemas['ImageModelEndpointsResponse'], ImageModelEndpoints>>().toEqualTypeOf<true>()
  })

  it('types only the operations the map gives the package', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<
      'createImages' | 'listImageModels' | 'listImageModelEndpoints'
    >()
  })
})
