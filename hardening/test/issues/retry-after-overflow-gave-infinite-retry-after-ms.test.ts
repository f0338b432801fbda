import { errorFromBody, errorFromResponse } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'

// Found by the error-mapper fuzzer (test/fuzz/error-mapper.test.ts): `Retry-After` with more
// than ~308 digits passes parse-retry-after.ts's /^\d+(\.\d+)?$/ and becomes
// Math.round(Infinity); `availability.retry_after: 1e308` overflows the same way in
// secondsToMs. `retryAfterMs: Infinity` then reaches user code: `setTimeout(fn, Infinity)`
// fires after 1 ms (Node clamps it), so a naive "wait retryAfterMs" loop hammers the API, and
// JSON.stringify shows it as null. Expected: a finite number (clamped) or undefined.
// Fixed: the transport reports such errors (and caps retryAfterMs) itself.

describe('retryAfterMs from huge values', () => {
  it('is finite or absent when Retry-After is a 400-digit number', () => {
    const error = errorFromResponse('', {
      status: 429,
      headers: new Headers({ 'retry-after': '9'.repeat(400) }),
    })
    expect(error.retryAfterMs === undefined || Number.isFinite(error.retryAfterMs)).toBe(true)
  })

  it('is finite or absent when availability.retry_after is 1e308 seconds', () => {
    const error = errorFromBody({
      error: { code: 429, message: 'slow down', availability: { retry_after: 1e308 } },
    })
    expect(error.retryAfterMs === undefined || Number.isFinite(error.retryAfterMs)).toBe(true)
  })
})
