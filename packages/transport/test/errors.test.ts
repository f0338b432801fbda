import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isOpenRouterError, type OpenRouterError } from '../src/index.js'
import { errorFromBody, errorFromResponse, requestJson, retryableStatuses } from '../src/protocol.js'
import { chatSpec, engines, rejection, scenario, TEST_KEY, useMockServer, withOwnServer } from './helpers.js'

const mock = useMockServer()

// The mapping table of the README, row by row: status -> kind, retryable.
const statusRows: [number, OpenRouterError['kind'], boolean][] = [
  [400, 'invalid_request', false],
  [401, 'auth', false],
  [402, 'payment_required', false],
  [403, 'auth', false],
  [404, 'invalid_request', false],
  [408, 'timeout', true],
  [409, 'invalid_request', true],
  [413, 'invalid_request', false],
  [422, 'invalid_request', false],
  [429, 'rate_limit', true],
  [500, 'server', true],
  [502, 'server', true],
  [503, 'server', true],
  [524, 'timeout', true],
  [529, 'server', true],
]

describe.each(engines)('error mapping on the $name', ({ createClient }) => {
  const call = async (value: Parameters<typeof scenario>[0]) => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const error = await rejection(requestJson(chatSpec(), scenario(value, { client })))
      if (!isOpenRouterError(error)) throw new Error(`not an OpenRouterError: ${String(error)}`)
      return error
    } finally {
      await client.close()
    }
  }

  it.each(statusRows)('maps HTTP %i to kind %s (retryable %s)', async (status, kind, retryable) => {
    const error = await call({ status })
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.retryable).toBe(retryable)
    expect(error.code).toBe(status)
    expect(error.message).toContain(`HTTP ${status}`)
    expect(error.headers?.get('content-type')).toContain('json')
  })

  it('keeps the upstream message, error_type and provider raw text', async () => {
    const error = await call({
      status: 502,
      body: {
        error: {
          code: 502,
          message: 'Provider returned error',
          metadata: {
            error_type: 'provider_unavailable',
            provider_name: 'Acme',
            raw: { detail: 'GPU melted' },
          },
        },
      },
    })
    expect(error.errorType).toBe('provider_unavailable')
    expect(error.message).toContain('Provider returned error')
    expect(error.message).toContain('Acme said: {"detail":"GPU melted"}')
    expect(error.body).toMatchObject({ error: { code: 502 } })
  })

  it('maps a 403 moderation flag to invalid_request rather than auth', async () => {
    const error = await call({
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'flagged',
          metadata: { error_type: 'content_policy_violation', reasons: ['x'] },
        },
      },
    })
    expect(error.kind).toBe('invalid_request')
  })

  it('maps a 200 body that carries error, worded as an in-band error rather than an HTTP status', async () => {
    const error = await call({ status: 200, body: { error: { code: 429, message: 'Rate limit exceeded' } } })
    expect(error.kind).toBe('rate_limit')
    expect(error.status).toBe(200)
    expect(error.code).toBe(429)
    expect(error.message).toContain('in-band error code 429')
    expect(error.message).not.toContain('HTTP 429')
    expect(error.message).toContain('Rate limit exceeded')
  })

  it('reads the text of an error given as a bare string', async () => {
    const error = await call({ status: 400, body: { error: 'model is required' } })
    expect(error.kind).toBe('invalid_request')
    expect(error.message).toContain('HTTP 400: model is required')
  })

  it('reads the text of a body with only a top-level message', async () => {
    const error = await call({ status: 502, body: { message: 'upstream connect error' } })
    expect(error.kind).toBe('server')
    expect(error.message).toContain('HTTP 502: upstream connect error')
  })

  it('quotes a JSON error body of another shape rather than saying nothing', async () => {
    const error = await call({ status: 500, body: { detail: 'boom' } })
    expect(error.message).toContain('the body said {"detail":"boom"}')
  })

  it('describes an HTML error page from a proxy', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>'
    const error = await call({ status: 502, body: html, contentType: 'text/html' })
    expect(error.kind).toBe('server')
    expect(error.message).toContain('an HTML page ("502 Bad Gateway")')
    expect(error.body).toBe(html)
  })

  it('describes an empty error body', async () => {
    const error = await call({ status: 503, body: '' })
    expect(error.kind).toBe('server')
    expect(error.message).toContain('HTTP 503: no body')
    expect(error.body).toBeUndefined()
  })

  it('maps the Anthropic error envelope of /messages', async () => {
    const error = await call({
      status: 529,
      body: {
        type: 'error',
        error: { type: 'overloaded_error', message: 'Overloaded', error_type: 'provider_overloaded' },
      },
    })
    expect(error.kind).toBe('server')
    expect(error.retryable).toBe(true)
    expect(error.errorType).toBe('provider_overloaded')
    expect(error.message).toContain('Overloaded')
  })

  it('reads Retry-After given in seconds', async () => {
    const error = await call({ status: 429, retryAfter: 7 })
    expect(error.retryAfterMs).toBe(7000)
  })

  it('reads Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString()
    const error = await call({ status: 503, retryAfter: at })
    expect(error.retryAfterMs).toBeGreaterThan(25_000)
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000)
  })

  it('reads availability.retry_after and availability.retryable', async () => {
    const error = await call({
      status: 429,
      body: {
        error: {
          message: 'All providers are at capacity',
          error_type: 'rate_limit_exceeded',
          http_status: 429,
          availability: {
            code: 'capacity_exhausted',
            retryable: false,
            retry_after: 12,
            requested_models: ['x/y'],
          },
        },
      },
    })
    expect(error.kind).toBe('rate_limit')
    expect(error.retryAfterMs).toBe(12_000)
    expect(error.retryable).toBe(false)
  })

  it('rejects an unreadable 200 body with kind decode', async () => {
    const error = await call({ status: 200, body: '{"id": "gen-1", "choi', contentType: 'application/json' })
    expect(error.kind).toBe('decode')
    expect(error.message).toContain('not valid JSON')
    expect(error.status).toBe(200)
    expect(error.body).toBe('{"id": "gen-1", "choi')
  })

  it('keeps the first 64 KB of a large unreadable body on the decode error', async () => {
    const raw = `{"id": "gen-1", "choices": "${'x'.repeat(70_000)}`
    await withOwnServer(
      async (server) => {
        const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
        try {
          const error = await rejection(requestJson(chatSpec(), { client }))
          expect(isOpenRouterError(error) && error.kind).toBe('decode')
          expect(isOpenRouterError(error) && error.body).toBe(raw.slice(0, 64 * 1024))
          expect((error as Error).message.length).toBeLessThan(500)
        } finally {
          await client.close()
        }
      },
      { script: () => ({ status: 200, body: raw, contentType: 'application/json' }) },
    )
  })

  it('rejects a refused connection with kind transport', async () => {
    const port = await closedPort()
    const client = createClient({ baseURL: `http://127.0.0.1:${port}/api/v1`, apiKey: TEST_KEY })
    const error = await rejection(
      requestJson({ operation: 'models', method: 'GET', path: '/models' }, { client }),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('transport')
    expect((error as Error).message).toContain('ECONNREFUSED')
    await client.close()
  })

  it('rejects a connection reset before headers with kind transport', async () => {
    const error = await call({ resetBeforeHeaders: true })
    expect(error.kind).toBe('transport')
    expect(error.retryable).toBe(true)
  })
})

describe('the README table of kinds', () => {
  // The table in packages/transport/README.md, read row by row: every status it names maps to
  // the kind and retryable it says, so the documentation cannot drift from the code.
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const rows = [...readme.matchAll(/^\| ((?:\d{3}(?:–\d{3})?(?:, )?)+) \| `(\w+)`[^|]* \| (yes|no) \|$/gm)]
  const cases = rows.flatMap(([, statuses = '', kind, retryable]) =>
    statuses.split(', ').flatMap((item) => {
      const [from = 0, to = from] = item.split('–').map(Number)
      return Array.from(
        { length: to - from + 1 },
        (_, offset) => [from + offset, kind, retryable === 'yes'] as const,
      )
    }),
  )

  it('has rows for every retryable status', () => {
    expect(cases.length).toBeGreaterThan(15)
    for (const status of retryableStatuses) expect(cases.map(([code]) => code)).toContain(status)
  })

  it.each(cases)('says what HTTP %i maps to: %s, retryable %s', (status, kind, retryable) => {
    const error = errorFromResponse('', { status })
    expect(error.kind).toBe(kind)
    expect(error.retryable).toBe(retryable)
  })
})

describe('errorFromBody', () => {
  it('keeps the kind of an error a forwarding service wrote in-band', () => {
    expect(errorFromBody({ error: { code: 'stream_disconnect', message: 'cut' } }).kind).toBe(
      'stream_disconnect',
    )
    expect(errorFromBody({ error: { code: 'timeout', message: 'stalled' } }).kind).toBe('timeout')
    expect(errorFromBody({ error: { code: 'server_error', message: 'x' } }).kind).toBe('server')
  })
})

/** A loopback port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
