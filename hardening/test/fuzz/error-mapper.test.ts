import { type ErrorKind, isOpenRouterError } from '@orsdk/transport'
import { errorFromBody, errorFromResponse } from '@orsdk/transport/protocol'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { seedFrom } from '../support/prng.js'
import { recordFuzzRuns } from './fuzz-figures.js'

const SEED = seedFrom('FUZZ_SEED')
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000) * 2
const KINDS: ErrorKind[] = [
  'transport',
  'timeout',
  'auth',
  'rate_limit',
  'payment_required',
  'invalid_request',
  'server',
  'stream_disconnect',
  'decode',
]
const counts: Record<string, Record<string, number>> = {}

const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
})
const retryAfter = fc.oneof(
  fc.nat().map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(String),
  fc.constantFrom('9'.repeat(400), '-1', '1e9', '0x10', 'NaN', 'Infinity', '', ' 12 ', '1.'),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  headerValue,
)
const headers = fc
  .record(
    {
      'retry-after': retryAfter,
      'x-generation-id': headerValue,
      'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain', ''),
      'x-ratelimit-reset': headerValue,
    },
    { requiredKeys: [] },
  )
  .map((record) => new Headers(record))

/** Error envelopes shaped like OpenRouter's and Anthropic's, with every field possibly wrong. */
const loose = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
)
const envelope = fc.record(
  {
    code: fc.oneof(fc.integer({ min: -1, max: 1000 }), loose),
    message: loose,
    type: fc.oneof(
      fc.constantFrom('rate_limit_error', 'api_error', 'overloaded_error', 'billing_error'),
      loose,
    ),
    error_type: loose,
    http_status: loose,
    metadata: fc.oneof(
      fc.record({ error_type: loose, raw: loose, provider_name: loose }, { requiredKeys: [] }),
      loose,
    ),
    availability: fc.oneof(
      fc.record({ retryable: loose, retry_after: loose, code: loose }, { requiredKeys: [] }),
      loose,
    ),
  },
  { requiredKeys: [] },
)
const body = fc.oneof(
  fc.record({ error: fc.oneof(envelope, loose) }),
  fc.record({ type: fc.constant('error'), error: envelope }),
  fc.jsonValue(),
)
const text = fc.oneof(
  body.map((value) => JSON.stringify(value)),
  fc.constantFrom('', ' ', '<!DOCTYPE html><title>502</title>', '<html>', '{"error":', '{', 'null', '[]'),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.string({ maxLength: 500 }),
)

function judge(error: unknown, row: Record<string, number>): void {
  expect(isOpenRouterError(error)).toBe(true)
  const mapped = error as { kind: ErrorKind; message: unknown; retryAfterMs?: unknown; retryable: unknown }
  expect(KINDS).toContain(mapped.kind)
  expect(typeof mapped.message).toBe('string')
  expect(typeof mapped.retryable).toBe('boolean')
  expect(() => JSON.stringify(error)).not.toThrow()
  // The overflow to Infinity this fuzzer found is fixed (transport's
  // test/issues/huge-retry-after-gave-infinite-retry-after-ms.test.ts): one now fails.
  row[mapped.kind] = (row[mapped.kind] ?? 0) + 1
  if (mapped.retryAfterMs !== undefined) {
    expect(Number.isFinite(mapped.retryAfterMs), `retryAfterMs ${String(mapped.retryAfterMs)}`).toBe(true)
    expect(mapped.retryAfterMs as number).toBeGreaterThanOrEqual(0)
  }
}

afterAll(() => {
  console.log(`error mapper fuzz (seed ${SEED}):`, counts)
  recordFuzzRuns('error mapper', SEED, counts)
})

describe('error mapping under random responses', () => {
  it('always returns an OpenRouterError of a known kind when errorFromResponse gets any status, headers and body', () => {
    const row: Record<string, number> = {}
    counts['errorFromResponse(text, {status, headers})'] = row
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        headers,
        text,
        headerValue,
        (status, responseHeaders, raw, id) => {
          judge(errorFromResponse(raw, { status, headers: responseHeaders, generationId: id }), row)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })

  it('always returns an OpenRouterError of a known kind when errorFromBody gets any decoded body, in-band or not', () => {
    const row: Record<string, number> = {}
    counts['errorFromBody(body, context)'] = row
    fc.assert(
      fc.property(
        fc.oneof(body, fc.anything()),
        fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }),
        fc.option(headers, { nil: undefined }),
        (value, status, responseHeaders) => {
          judge(errorFromBody(value, { status, headers: responseHeaders }), row)
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })
})
