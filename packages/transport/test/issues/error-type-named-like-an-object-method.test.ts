import { describe, expect, it } from 'vitest'
import { errorFromBody } from '../../src/protocol.js'

// Found by the hardening fuzzer (seed 847968184): an Anthropic envelope with
// `error.type: "toString"` looked the kind up on a plain object and got Object.prototype's
// function back, so `kind` was a function. Lookups now read own keys only.
describe('errorFromBody with a type named like an Object method', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'maps error.type %s to a known kind',
    (type) => {
      const error = errorFromBody({ type: 'error', error: { type, message: 'odd' } })
      expect(['server', 'invalid_request', 'auth', 'rate_limit', 'timeout', 'payment_required']).toContain(
        error.kind,
      )
    },
  )

  it('maps metadata.error_type "valueOf" to a known kind', () => {
    const error = errorFromBody({ error: { message: 'odd', metadata: { error_type: 'valueOf' } } })
    expect(error.kind).toBe('server')
  })
})
