import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { concatBytes, decodeBase64, encodeBase64 } from '../src/protocol.js'

const viaBuffer = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

describe('encodeBase64 and decodeBase64', () => {
  it('agree with Buffer on any bytes, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40_000 }), (bytes) => {
        const text = encodeBase64(bytes)
        expect(text).toBe(viaBuffer(bytes))
        expect(decodeBase64(text)).toEqual(bytes)
      }),
      { numRuns: 40 },
    )
  })

  it('decode text with line breaks, without padding, or made of padded fragments', () => {
    const hello = new TextEncoder().encode('Hello')
    expect(decodeBase64('SGVs\r\nbG8')).toEqual(hello)
    expect(decodeBase64(`${viaBuffer(hello.subarray(0, 1))}${viaBuffer(hello.subarray(1))}`)).toEqual(hello)
  })

  it('throws a SyntaxError for text that is not base64', () => {
    expect(() => decodeBase64('*not*')).toThrow(SyntaxError)
  })
})

describe('concatBytes', () => {
  it('joins parts in order and returns a single part as it is', () => {
    const one = new Uint8Array([1, 2])
    expect(concatBytes([one])).toBe(one)
    expect(concatBytes([one, new Uint8Array(0), new Uint8Array([3])])).toEqual(new Uint8Array([1, 2, 3]))
  })
})
