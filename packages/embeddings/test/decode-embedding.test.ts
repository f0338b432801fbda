import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeEmbedding } from '../src/index.js'

describe('decodeEmbedding', () => {
  it('decodes little-endian float32 when given base64', () => {
    expect(Array.from(decodeEmbedding('AACAPwAAAMA='))).toEqual([1, -2])
  })

  it('matches Buffer decoding for any vector when the base64 comes from Node', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true }), { maxLength: 64 }), (values) => {
        const vector = Float32Array.from(values)
        const text = Buffer.from(vector.buffer).toString('base64')
        return Buffer.from(decodeEmbedding(text).buffer).equals(Buffer.from(vector.buffer))
      }),
    )
  })
})
