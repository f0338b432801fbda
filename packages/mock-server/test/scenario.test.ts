import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import { type MockServer, SCENARIO_HEADER, type Scenario, startMockServer } from '../src/index'
import { normalizeScenario } from '../src/scenario'
import { chatBody, KEY, postJson } from './helpers'

let server: MockServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function chat(scenario: Scenario, extra: Record<string, unknown> = {}): Promise<Response> {
  server ??= await startMockServer()
  return postJson(`${server.baseURL}/chat/completions`, chatBody(extra), scenario)
}

describe('scenario', () => {
  it('answers the status with a fitting error body and Retry-After when status and retryAfter are set', async () => {
    const response = await chat({ status: 429, retryAfter: 3 })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(await response.json()).toEqual({
      error: { code: 429, message: 'Rate limit exceeded', metadata: { error_type: 'rate_limit_exceeded' } },
    })
  })

  it('answers a pre-stream error as JSON even when the request streams', async () => {
    const response = await chat(
      { status: 503, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
      { stream: true },
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('retry-after')).toBe('Wed, 21 Oct 2015 07:28:00 GMT')
    expect(await response.json()).toMatchObject({
      error: { code: 503, metadata: { error_type: 'provider_overloaded' } },
    })
  })

  it('sends a string body raw, as HTML when it looks like a page', async () => {
    const page = '<html><body>502 Bad Gateway</body></html>'
    const response = await chat({ status: 502, body: page })
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe(page)
  })

  it('sends truncated JSON, empty bodies and custom headers exactly as scripted', async () => {
    const truncated = await chat({ body: '{"id":"gen-1","choi', headers: { 'X-Custom': 'yes' } })
    expect(truncated.status).toBe(200)
    expect(truncated.headers.get('content-type')).toBe('application/json')
    expect(truncated.headers.get('x-custom')).toBe('yes')
    expect(await truncated.text()).toBe('{"id":"gen-1","choi')
    const empty = await chat({ body: '', contentType: 'text/plain' })
    expect(empty.headers.get('content-type')).toBe('text/plain')
    expect(await empty.text()).toBe('')
    const object = await chat({ status: 400, body: { error: { message: 'custom' } } })
    expect(await object.json()).toEqual({ error: { message: 'custom' } })
  })

  it('waits before the status line when headersDelayMs is set', async () => {
    const started = performance.now()
    const response = await chat({ headersDelayMs: 120 })
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    expect(response.status).toBe(200)
    await response.arrayBuffer()
  })

  it('destroys the socket without a response when resetBeforeHeaders is set', async () => {
    await expect(chat({ resetBeforeHeaders: true })).rejects.toThrow()
    expect(server?.requests).toHaveLength(1)
  })

  it('returns a 200 with partial content and choices[0].error when a buffered request has errorAfter', async () => {
    const response = await chat({ text: 'abcdefgh', chunks: 4, errorAfter: 2, errorCode: 429 })
    const body = (await response.json()) as { choices: Array<Record<string, unknown>> }
    expect(response.status).toBe(200)
    expect(body.choices[0]).toMatchObject({
      finish_reason: 'error',
      message: { content: 'abcd' },
      error: { code: 429, metadata: { error_type: 'rate_limit_exceeded' } },
    })
  })

  it('prefers the script result over the header when both script the request', async () => {
    server = await startMockServer({
      script: (recorded) => (recorded.path.endsWith('/models') ? { status: 500 } : undefined),
    })
    const models = await fetch(`${server.baseURL}/models`, {
      headers: { [SCENARIO_HEADER]: '{"status":418}' },
    })
    expect(models.status).toBe(500)
    const chatResponse = await postJson(`${server.baseURL}/chat/completions`, chatBody(), { status: 418 })
    expect(chatResponse.status).toBe(418)
    await chatResponse.arrayBuffer()
  })

  it('answers 400 naming the problem when the header is not a valid scenario', async () => {
    server = await startMockServer()
    for (const header of ['{oops', '{"chunks":-1}', '[1]']) {
      const response = await request(`${server.baseURL}/models`, {
        headers: { [SCENARIO_HEADER]: header, authorization: `Bearer ${KEY}` },
      })
      expect(response.statusCode).toBe(400)
      const body = (await response.body.json()) as { error: { message: string } }
      expect(body.error.message).toContain('x-mock-scenario')
    }
  })
})

describe('normalizeScenario', () => {
  it('keeps known fields and rejects wrong types when given untrusted input', () => {
    expect(normalizeScenario({ status: 200, noDone: true, headers: { a: 1 }, raw: ['x'], extra: 1 })).toEqual(
      {
        status: 200,
        noDone: true,
        headers: { a: '1' },
        raw: ['x'],
      },
    )
    expect(() => normalizeScenario({ status: 42 })).toThrow(/status/)
    expect(() => normalizeScenario({ raw: 'x' })).toThrow(/raw/)
  })
})
