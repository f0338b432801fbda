import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyHash } from '../src/index.js'
import { rejection, TEST_KEY } from './helpers.js'

describe('keyHash', () => {
  it('returns the hex SHA-256 of the key when given a key', async () => {
    expect(await keyHash(TEST_KEY)).toBe(createHash('sha256').update(TEST_KEY).digest('hex'))
    expect(await keyHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('returns 64 lower-case hex characters equal to node:crypto when given any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, unit: 'grapheme' }), async (key) => {
        const hash = await keyHash(key)
        expect(hash).toMatch(/^[0-9a-f]{64}$/)
        expect(hash).toBe(createHash('sha256').update(key).digest('hex'))
      }),
    )
  })

  it.each([
    ['empty', ''],
    ['not a string', 12],
  ])('rejects with invalid_request naming key when it is %s', async (_, key) => {
    const error = await rejection(keyHash(key as string))
    expect(error).toMatchObject({
      kind: 'invalid_request',
      message: 'keyHash: key: must be a non-empty string',
    })
  })
})
