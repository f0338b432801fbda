import { describe, expectTypeOf, it } from 'vitest'
import type { operations, RerankParams } from '../src/index.js'

// The hand-written params (unknown fields kept) must take every request the spec allows.
type Body = operations['createRerank']['requestBody']['content']['application/json']

/** True when every `A` is an `B`: what the spec describes fits the hand-written type. */
type Fits<A, B> = [A] extends [B] ? true : false

describe('@orsdk/rerank types against the spec', () => {
  it('takes every request the spec allows', () => {
    expectTypeOf<Fits<Body, RerankParams>>().toEqualTypeOf<true>()
    expectTypeOf<keyof operations>().toEqualTypeOf<'createRerank'>()
  })
})
