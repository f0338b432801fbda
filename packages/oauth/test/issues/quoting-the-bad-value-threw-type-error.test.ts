import { describe, expect, it } from 'vitest'
import { buildAuthorizeUrl, exchangeCode } from '../../src/index.js'
import { rejection, thrown } from '../helpers.js'

// Found by the hardening request-params fuzzer: validation messages quoted the bad value with
// JSON.stringify or String(), which throw for a BigInt ("Do not know how to serialize a
// BigInt") and for an object without a prototype ("Cannot convert object to primitive value"),
// so checkCallback, checkMethod and the `limit` check threw a bare TypeError instead of the
// invalid_request they were building. Bad values are now quoted by type unless they are
// strings, so quoting never throws. (transport's createClient had the same bug: its test is in
// packages/transport/test/issues.)

describe('a value that cannot be quoted in the message', () => {
  it('makes buildAuthorizeUrl throw invalid_request naming callbackUrl when it is a BigInt', () => {
    const error = thrown(() => buildAuthorizeUrl(10n as never, {}))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    expect((error as Error).message).toContain('callbackUrl')
  })

  it('makes exchangeCode reject with invalid_request naming codeChallengeMethod when it is a BigInt', async () => {
    const error = await rejection(exchangeCode('code', { codeChallengeMethod: 10n as never }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    expect((error as Error).message).toContain('codeChallengeMethod')
  })

  it('makes buildAuthorizeUrl throw invalid_request naming limit when limit has no prototype', () => {
    const error = thrown(() => buildAuthorizeUrl('https://app.example/cb', { limit: Object.create(null) }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    expect((error as Error).message).toContain('limit')
  })
})
