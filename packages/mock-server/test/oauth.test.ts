import { createHash, randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'

let server: MockServer
afterEach(() => server.close())

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

async function authorize(params: Record<string, string>, accept?: string): Promise<Response> {
  const url = `${server.url}/auth?${new URLSearchParams(params)}`
  return fetch(url, { redirect: 'manual', headers: accept ? { accept } : {} })
}

async function codeFor(challenge: string, method = 'S256'): Promise<string> {
  const response = await authorize({
    callback_url: 'http://localhost:3000/cb?x=1',
    code_challenge: challenge,
    code_challenge_method: method,
  })
  expect(response.status).toBe(302)
  const location = new URL(response.headers.get('location') ?? '')
  expect(location.origin + location.pathname).toBe('http://localhost:3000/cb')
  expect(location.searchParams.get('x')).toBe('1')
  return location.searchParams.get('code') ?? ''
}

function exchange(body: Record<string, unknown>): Promise<Response> {
  return fetch(`${server.baseURL}/auth/keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('OAuth PKCE', () => {
  it('issues a key once for the right S256 verifier and rejects reuse', async () => {
    server = await startMockServer()
    const { verifier, challenge } = pkce()
    const code = await codeFor(challenge)
    const response = await exchange({ code, code_verifier: verifier, code_challenge_method: 'S256' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { key: string; user_id: string }
    expect(body.key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    expect(body.user_id).toBe('user_emulator')
    const again = await exchange({ code, code_verifier: verifier })
    expect(again.status).toBe(403)
    expect(await again.json()).toMatchObject({
      error: { code: 403, message: 'Invalid code or code_verifier' },
    })
    expect(JSON.stringify(server.requests)).not.toContain(body.key)
    expect(JSON.stringify(server.requests)).not.toContain(code)
  })

  it('accepts the plain method when the verifier equals the challenge', async () => {
    server = await startMockServer()
    const code = await codeFor('plain-challenge-value', 'plain')
    expect((await exchange({ code, code_verifier: 'plain-challenge-value' })).status).toBe(200)
  })

  it('answers 403 when the verifier is wrong', async () => {
    server = await startMockServer()
    const code = await codeFor(pkce().challenge)
    const response = await exchange({ code, code_verifier: pkce().verifier })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid code or code_verifier' } })
  })

  it('answers 400 when the method differs from the one used to authorize', async () => {
    server = await startMockServer()
    const { verifier, challenge } = pkce()
    const code = await codeFor(challenge)
    const response = await exchange({ code, code_verifier: verifier, code_challenge_method: 'plain' })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { message: 'Invalid code_challenge_method' } })
  })

  it('answers 403 expired when the code outlived authCodeTtlMs', async () => {
    server = await startMockServer({ authCodeTtlMs: 0 })
    const { verifier, challenge } = pkce()
    const code = await codeFor(challenge)
    const response = await exchange({ code, code_verifier: verifier })
    expect(response.status).toBe(403)
    expect(await response.json()).toMatchObject({ error: { message: 'Authorization code expired' } })
  })

  it('shows the code in headless mode, as HTML or as JSON', async () => {
    server = await startMockServer()
    const { verifier, challenge } = pkce()
    const params = { code_challenge: challenge, code_challenge_method: 'S256', key_label: 'cli' }
    const page = await authorize(params)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toMatch(/<pre id="code">[\w-]+<\/pre>/)
    const json = (await (await authorize(params, 'application/json')).json()) as { code: string }
    expect((await exchange({ code: json.code, code_verifier: verifier })).status).toBe(200)
  })

  it('answers 400 for a disallowed callback_url or an incomplete headless request', async () => {
    server = await startMockServer()
    const cases: Array<Record<string, string>> = [
      { callback_url: 'http://example.com/cb' },
      { callback_url: 'ftp://localhost/cb' },
      { key_label: 'cli' },
      { callback_url: 'https://app.example/cb', code_challenge: 'c', code_challenge_method: 'MD5' },
    ]
    for (const params of cases) {
      const response = await authorize(params)
      expect(response.status).toBe(400)
      await response.arrayBuffer()
    }
    expect((await authorize({ callback_url: 'https://app.example/cb' })).status).toBe(302)
    expect((await authorize({ callback_url: 'http://127.0.0.1:9999/cb' })).status).toBe(302)
  })
})
