import type { CallOptions } from '@orsdk/transport'
import { describe, expectTypeOf, it } from 'vitest'
import { type EmbeddingsParams, type EmbeddingsResponse, embeddings } from '../src/index.js'

const model = 'openai/text-embedding-3-small'

describe('embeddings overloads', () => {
  it('resolves number[] vectors by default and for encoding_format float', () => {
    expectTypeOf(embeddings({ model, input: 'a cat' })).resolves.toEqualTypeOf<EmbeddingsResponse<number[]>>()
    expectTypeOf(embeddings({ model, input: ['a', 'b'], encoding_format: 'float' })).resolves.toEqualTypeOf<
      EmbeddingsResponse<number[]>
    >()
  })

  it('resolves Float32Array vectors for encoding_format base64', () => {
    const packed = embeddings({ model, input: 'x', encoding_format: 'base64' }, {} satisfies CallOptions)
    expectTypeOf(packed).resolves.toEqualTypeOf<EmbeddingsResponse<Float32Array>>()
    expectTypeOf(packed)
      .resolves.toHaveProperty('data')
      .items.toHaveProperty('embedding')
      .toEqualTypeOf<Float32Array>()
  })

  it('resolves the union when the format is only known at run time', () => {
    const params: EmbeddingsParams = { model, input: 'x' }
    expectTypeOf(embeddings(params)).resolves.toEqualTypeOf<EmbeddingsResponse<number[] | Float32Array>>()
  })

  it('rejects an encoding_format OpenRouter does not take at compile time', () => {
    // @ts-expect-error int8 is not an encoding_format
    expectTypeOf(embeddings).toBeCallableWith({ model, input: 'x', encoding_format: 'int8' })
  })
})
