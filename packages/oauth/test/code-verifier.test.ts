import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCodeVerifier } from '../src/index.js'
import { thrown } from './helpers.js'

const RFC_7636_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/

describe('generateCodeVerifier', () => {
  it('returns 64 unreserved characters when called without a length', () => {
    const verifier = generateCodeVerifier()
    expect(verifier).toHaveLength(64)
    expect(verifier).toMatch(RFC_7636_VERIFIER)
  })

  it('returns a valid verifier of exactly the asked length for every length from 43 to 128', () => {
    fc.assert(
      fc.property(fc.integer({ min: 43, max: 128 }), (length) => {
        const verifier = generateCodeVerifier(length)
        expect(verifier).toHaveLength(length)
        expect(verifier).toMatch(RFC_7636_VERIFIER)
      }),
      { numRuns: 500 },
    )
  })

  it('draws every one of the 66 characters and never repeats a verifier when called many times', () => {
    const seen = new Set<string>()
    const characters = new Set<string>()
    for (let index = 0; index < 2000; index++) {
      const verifier = generateCodeVerifier()
      seen.add(verifier)
      for (const character of verifier) characters.add(character)
    }
    expect(seen.size).toBe(2000)
    expect(characters.size).toBe(66)
  })

  it('draws the characters without a visible bias when counting 128,000 of them', () => {
    const counts = new Map<string, number>()
    for (let index = 0; index < 1000; index++)
      for (const character of generateCodeVerifier(128))
        counts.set(character, (counts.get(character) ?? 0) + 1)
    // Expected ~1939 each (sd ~44); plain `byte % 66` would leave the last 8 characters near 1500.
    for (const count of counts.values()) expect(Math.abs(count - 128_000 / 66)).toBeLessThan(250)
  })

  it.each([42, 129, 0, -1, 64.5, Number.NaN, '64'])(
    'throws invalid_request naming length when it is %s',
    (length) => {
      const error = thrown(() => generateCodeVerifier(length as number))
      expect(error).toMatchObject({ kind: 'invalid_request' })
      expect((error as Error).message).toMatch(
        /^generateCodeVerifier: length: must be an integer from 43 to 128/,
      )
    },
  )
})
