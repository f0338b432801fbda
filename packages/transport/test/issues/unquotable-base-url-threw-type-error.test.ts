import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'

// Found by the hardening request-params fuzzer: validation messages quoted the bad value with
// JSON.stringify or String(), which throw for a BigInt and for an object without a prototype,
// so createClient's checkBaseURL threw a bare TypeError instead of the invalid_request it was
// building. Bad values are now quoted by type unless they are strings. (The same bug in
// @orsdk/oauth has its own test there.)

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('a baseURL that cannot be quoted in the message', () => {
  it.each([
    ['a BigInt', 10n],
    ['an object without a prototype', Object.create(null)],
  ])('makes createClient throw invalid_request naming baseURL when it is %s', (_name, baseURL) => {
    const error = thrown(() => createClient({ baseURL: baseURL as never }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    expect((error as Error).message).toContain('baseURL')
  })
})
