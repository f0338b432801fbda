import { concatBytes, decodeBase64, encodeBase64 } from '@orsdk/transport/protocol'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Base64Decoder } from '../src/base64.js'

const oracle = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('base64')

describe('encodeBase64', () => {
  it('matches Buffer when given any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        expect(encodeBase64(bytes)).toBe(oracle(bytes))
      }),
      { numRuns: 60 },
    )
  })

  it('encodes a 30 MB clip without overflowing the stack when the array is large', () => {
    const bytes = new Uint8Array(30_000_000)
    for (let index = 0; index < bytes.length; index += 997) bytes[index] = index & 0xff
    const text = encodeBase64(bytes)
    // Compared as whole values: a deep equality over 30 million elements would take minutes.
    expect(text === oracle(bytes)).toBe(true)
    expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('decodeBase64', () => {
  it('round-trips any bytes when given Buffer output', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(decodeBase64(oracle(bytes))).toEqual(bytes)
      }),
    )
  })

  it('decodes fragments encoded one by one when their padding sits inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 50 }), { maxLength: 8 }), (parts) => {
        expect(decodeBase64(parts.map(oracle).join(''))).toEqual(concatBytes([new Uint8Array(0), ...parts]))
      }),
    )
  })

  it('tolerates whitespace and missing padding when the text has them', () => {
    expect(decodeBase64('SGVs\nbG8')).toEqual(new TextEncoder().encode('Hello'))
  })

  it('throws a SyntaxError when the text is not base64', () => {
    expect(() => decodeBase64('not base64!')).toThrow(SyntaxError)
  })
})

describe('Base64Decoder', () => {
  it('yields whole bytes equal to a one-shot decode when the text is cut anywhere', () => {
    const input = fc
      .uint8Array({ maxLength: 3000 })
      .chain((bytes) =>
        fc.tuple(
          fc.constant(bytes),
          fc.uniqueArray(fc.nat({ max: oracle(bytes).length }), { maxLength: 12 }),
        ),
      )
    fc.assert(
      fc.property(input, ([bytes, cuts]) => {
        const text = oracle(bytes)
        const points = [0, ...[...cuts].sort((a, b) => a - b), text.length]
        const decoder = new Base64Decoder()
        const pieces = points.slice(1).map((end, index) => decoder.push(text.slice(points[index], end)))
        pieces.push(decoder.end())
        expect(concatBytes([new Uint8Array(0), ...pieces])).toEqual(bytes)
      }),
    )
  })

  it('throws at the end when a single character is left over', () => {
    const decoder = new Base64Decoder()
    decoder.push('SGVsbA')
    decoder.push('b')
    expect(() => decoder.end()).not.toThrow()
    const broken = new Base64Decoder()
    broken.push('SGVsb')
    expect(() => broken.end()).toThrow(SyntaxError)
  })
})

describe('Base64Decoder with separately padded fragments', () => {
  it('yields the joined bytes when each fragment was encoded on its own and cut anywhere', () => {
    const input = fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(input, fc.nat({ max: 7 }), (parts, step) => {
        const text = parts.map(oracle).join('')
        const decoder = new Base64Decoder()
        const pieces: Uint8Array[] = []
        for (let start = 0; start < text.length; start += step + 1)
          pieces.push(decoder.push(text.slice(start, start + step + 1)))
        pieces.push(decoder.end())
        expect(concatBytes([new Uint8Array(0), ...pieces])).toEqual(
          concatBytes([new Uint8Array(0), ...parts]),
        )
      }),
    )
  })
})
