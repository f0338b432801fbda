import { describe, expectTypeOf, it } from 'vitest'
import { type RerankResponse, rerank } from '../src/index.js'

describe('rerank types', () => {
  it('types each result document as the kind of document passed in', () => {
    const texts = () => rerank({ model: 'm', query: 'q', documents: ['a', 'b'] })
    expectTypeOf(texts).returns.resolves.toEqualTypeOf<RerankResponse<string>>()
    const structured = () => rerank({ model: 'm', query: 'q', documents: [{ text: 'a', id: 7 }] })
    expectTypeOf(structured).returns.resolves.toHaveProperty('results')
    type Result = Awaited<ReturnType<typeof structured>>['results'][number]['document']
    expectTypeOf<Result>().toEqualTypeOf<{ text: string; id: number }>()
  })
})
