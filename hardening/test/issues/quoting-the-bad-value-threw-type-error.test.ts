import { buildAuthorizeUrl, exchangeCode } from '@orsdk/oauth'
import { createClient } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { failureOf } from '../support/mock.js'

// Found by the request-params fuzzer: validation messages quote the bad value with
// JSON.stringify or String(), which throw for a BigInt ("Do not know how to serialize a
// BigInt") and for an object without a prototype ("Cannot convert object to primitive value"),
// so the validation itself throws a bare TypeError instead of the invalid_request it was
// building. Sites: oauth checkCallback, checkMethod and the `limit` message (buildAuthorizeUrl,
// exchangeCode), transport checkBaseURL (createClient). Expected: OpenRouterError
// invalid_request naming the field.
// Fixed: bad values are quoted by type unless they are strings, so quoting never throws.

describe('a value that cannot be quoted in the message', () => {
  it('makes buildAuthorizeUrl throw invalid_request naming callbackUrl', async () => {
    const error = await failureOf(() => buildAuthorizeUrl(10n as never, {}))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
  })

  it('makes exchangeCode reject with invalid_request naming codeChallengeMethod', async () => {
    const error = await failureOf(() => exchangeCode('code', { codeChallengeMethod: 10n as never }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
  })

  it('makes buildAuthorizeUrl throw invalid_request naming limit when limit has no prototype', async () => {
    const error = await failureOf(() =>
      buildAuthorizeUrl('https://app.example/cb', { limit: Object.create(null) }),
    )
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
  })

  it('makes createClient throw invalid_request naming baseURL', async () => {
    const error = await failureOf(() => createClient({ baseURL: 10n as never }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
  })
})
