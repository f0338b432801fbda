import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isOpenRouterError, type OpenRouterError } from '../src/index.js'
import { chatBody, engines, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

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
      const error = await rejection(
        client.request(
          {
            operation: 'chat',
            method: 'POST',
            path: '/chat/completions',
            body: chatBody(),
            response: 'json',
          },
          scenario(value),
        ),
      )
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

  it('maps a 200 body that carries error', async () => {
    const error = await call({ status: 200, body: { error: { code: 429, message: 'Rate limit exceeded' } } })
    expect(error.kind).toBe('rate_limit')
    expect(error.status).toBe(200)
    expect(error.message).toContain('Rate limit exceeded')
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
  })

  it('rejects a refused connection with kind transport', async () => {
    const port = await closedPort()
    const client = createClient({ baseURL: `http://127.0.0.1:${port}/api/v1`, apiKey: TEST_KEY })
    const error = await rejection(
      client.request({ operation: 'chat', method: 'GET', path: '/models', response: 'json' }),
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

/** A loopback port nothing listens on: taken, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
