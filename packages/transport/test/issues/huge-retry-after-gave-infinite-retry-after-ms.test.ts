import { describe, expect, it } from 'vitest'
import { errorFromBody, errorFromResponse } from '../../src/protocol.js'

// Found by the hardening error-mapper fuzzer: a `Retry-After` of more than ~308 digits passed
// the header parser's pattern and became Math.round(Infinity); `availability.retry_after: 1e308`
// overflowed the same way. `retryAfterMs: Infinity` then reached user code, where
// `setTimeout(fn, Infinity)` fires after 1 ms (Node clamps it): a naive "wait retryAfterMs"
// loop hammered the API. retryAfterMs is now capped at the longest delay a timer holds.

const LONGEST_TIMER_MS = 2 ** 31 - 1

describe('retryAfterMs from huge values', () => {
  it('is finite and at most the longest timer when Retry-After is a 400-digit number', () => {
    const error = errorFromResponse('', {
      status: 429,
      headers: new Headers({ 'retry-after': '9'.repeat(400) }),
    })
    expect(error.retryAfterMs === undefined || Number.isFinite(error.retryAfterMs)).toBe(true)
    expect(error.retryAfterMs ?? 0).toBeLessThanOrEqual(LONGEST_TIMER_MS)
  })

  it('is finite and at most the longest timer when availability.retry_after is 1e308 seconds', () => {
    const error = errorFromBody({
      error: { code: 429, message: 'slow down', availability: { retry_after: 1e308 } },
    })
    expect(error.retryAfterMs === undefined || Number.isFinite(error.retryAfterMs)).toBe(true)
    expect(error.retryAfterMs ?? 0).toBeLessThanOrEqual(LONGEST_TIMER_MS)
  })
})
