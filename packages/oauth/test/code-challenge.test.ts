import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeChallenge, generateCodeVerifier } from '../src/index.js'
import { rejection } from './helpers.js'

const verifiers = fc.integer({ min: 43, max: 128 }).map((length) => generateCodeVerifier(length))
const unreserved = fc
  .string({ unit: fc.constantFrom(...'ABCXYZabcxyz0189-._~'), minLength: 43, maxLength: 128 })
  .filter((text) => text.length >= 43)

describe('codeChallenge', () => {
  it('returns the RFC 7636 appendix B challenge when given its verifier', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'S256')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    )
  })

  it('returns 43 base64url characters equal to node:crypto sha256 when given any generated verifier', async () => {
    await fc.assert(
      fc.asyncProperty(verifiers, async (verifier) => {
        const challenge = await codeChallenge(verifier)
        expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/)
        expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'))
      }),
      { numRuns: 300 },
    )
  })

  it('returns a 43-character challenge when given any valid verifier, not only generated ones', async () => {
    await fc.assert(
      fc.asyncProperty(unreserved, async (verifier) => {
        expect(await codeChallenge(verifier)).toMatch(/^[A-Za-z0-9_-]{43}$/)
      }),
      { numRuns: 200 },
    )
  })

  it('returns the verifier itself when the method is plain', async () => {
    const verifier = generateCodeVerifier(43)
    expect(await codeChallenge(verifier, 'plain')).toBe(verifier)
  })

  it.each([
    ['is 42 characters', 'a'.repeat(42), /must be 43 to 128 characters \(RFC 7636\), got 42/],
    ['is 129 characters', 'a'.repeat(129), /got 129/],
    ['holds a character outside the unreserved set', `${'a'.repeat(50)}+/=`, /A-Z a-z 0-9 - \. _ ~/],
    ['holds a space', `${'a'.repeat(50)} b`, /unreserved/],
    ['holds a non-ASCII letter', `${'a'.repeat(50)}é`, /unreserved/],
    ['is not a string', 42, /must be a string/],
  ])('rejects with invalid_request naming verifier when it %s', async (_, verifier, message) => {
    const error = await rejection(codeChallenge(verifier as string))
    expect(error).toMatchObject({ kind: 'invalid_request' })
    expect((error as Error).message).toMatch(/^codeChallenge: verifier: /)
    expect((error as Error).message).toMatch(message)
  })

  it('never echoes the verifier when rejecting it', async () => {
    const verifier = `${'secret'.repeat(8)}!`
    const error = await rejection(codeChallenge(verifier))
    expect((error as Error).message).not.toContain('secret')
  })

  it('rejects with invalid_request naming method when it is not S256 or plain', async () => {
    const error = await rejection(codeChallenge(generateCodeVerifier(), 's256' as 'S256'))
    expect(error).toMatchObject({ kind: 'invalid_request' })
    expect((error as Error).message).toBe(`codeChallenge: method: must be 'S256' or 'plain', got "s256"`)
  })
})
