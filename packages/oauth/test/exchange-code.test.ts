import { startMockServer } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '../src/index.js'
import { authorizeCode, engines, rejection, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('exchangeCode on the $name', ({ createClient }) => {
  const client = () => createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
  afterEach(() => vi.unstubAllEnvs())

  async function authorize(method: 'S256' | 'plain' = 'S256') {
    const verifier = generateCodeVerifier()
    const url = buildAuthorizeUrl('http://localhost:3000/callback', {
      codeChallenge: await codeChallenge(verifier, method),
      codeChallengeMethod: method,
      client: client(),
    })
    return { verifier, code: await authorizeCode(url) }
  }

  it('returns the key and user id when the verifier matches the S256 challenge', async () => {
    const { verifier, code } = await authorize()
    const result = await exchangeCode(code, { codeVerifier: verifier, client: client() })
    expect(result).toEqual({
      key: expect.stringMatching(/^sk-or-v1-[0-9a-f]{64}$/),
      userId: 'user_emulator',
      user_id: 'user_emulator',
    })
  })

  it('posts code and verifier to /auth/keys without an Authorization header when the client has a key', async () => {
    const { verifier, code } = await authorize()
    await exchangeCode(code, { codeVerifier: verifier, codeChallengeMethod: 'S256', client: client() })
    const recorded = mock.server.requests.at(-1)
    expect(recorded).toMatchObject({ method: 'POST', path: '/api/v1/auth/keys' })
    expect(recorded?.headers.authorization).toBeUndefined()
    expect(recorded?.body).toEqual({
      code: '[redacted]',
      code_verifier: verifier,
      code_challenge_method: 'S256',
    })
  })

  it('works with a client that has no API key when none is configured anywhere', async () => {
    vi.stubEnv('OPENROUTER_API_KEY', '')
    const { verifier, code } = await authorize()
    const keyless = createClient({ baseURL: mock.server.baseURL })
    expect((await exchangeCode(code, { codeVerifier: verifier, client: keyless })).key).toMatch(/^sk-or-v1-/)
  })

  it('returns the key when the challenge method is plain', async () => {
    const { verifier, code } = await authorize('plain')
    const result = await exchangeCode(code, {
      codeVerifier: verifier,
      codeChallengeMethod: 'plain',
      client: client(),
    })
    expect(result.key).toMatch(/^sk-or-v1-/)
  })

  it('returns the key when the code comes from headless mode', async () => {
    const verifier = generateCodeVerifier()
    const url = buildAuthorizeUrl(undefined, {
      codeChallenge: await codeChallenge(verifier),
      keyLabel: 'CLI on my laptop',
      client: client(),
    })
    const page = (await (await fetch(url, { headers: { accept: 'application/json' } })).json()) as {
      code: string
    }
    expect((await exchangeCode(page.code, { codeVerifier: verifier, client: client() })).key).toMatch(
      /^sk-or-v1-/,
    )
  })

  it('rejects with kind auth and the server message when the verifier is wrong', async () => {
    const { code } = await authorize()
    const error = await rejection(
      exchangeCode(code, { codeVerifier: generateCodeVerifier(), client: client() }),
    )
    expect(isOpenRouterError(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'auth', status: 403 })
    expect((error as Error).message).toContain('Invalid code or code_verifier')
  })

  it('rejects with kind auth when the code was already used', async () => {
    const { verifier, code } = await authorize()
    await exchangeCode(code, { codeVerifier: verifier, client: client() })
    const error = await rejection(exchangeCode(code, { codeVerifier: verifier, client: client() }))
    expect(error).toMatchObject({ kind: 'auth', status: 403 })
    expect((error as Error).message).toContain('Invalid code or code_verifier')
  })

  it('rejects with kind invalid_request and the server message when the method differs', async () => {
    const { verifier, code } = await authorize('S256')
    const error = await rejection(
      exchangeCode(code, { codeVerifier: verifier, codeChallengeMethod: 'plain', client: client() }),
    )
    expect(error).toMatchObject({ kind: 'invalid_request', status: 400 })
    expect((error as Error).message).toContain('Invalid code_challenge_method')
  })

  it('rejects with kind auth and the server message when the code expired', async () => {
    const server = await startMockServer({ authCodeTtlMs: 0 })
    try {
      const expiring = createClient({ baseURL: server.baseURL })
      const verifier = generateCodeVerifier()
      const url = buildAuthorizeUrl('https://app.example/cb', {
        codeChallenge: await codeChallenge(verifier),
        client: expiring,
      })
      const code = await authorizeCode(url)
      const error = await rejection(exchangeCode(code, { codeVerifier: verifier, client: expiring }))
      expect(error).toMatchObject({ kind: 'auth', status: 403 })
      expect((error as Error).message).toContain('Authorization code expired')
    } finally {
      await server.close()
    }
  })

  it('rejects with the AbortError and sends nothing when the signal is already aborted', async () => {
    const before = mock.server.requests.length
    const controller = new AbortController()
    controller.abort()
    const error = await rejection(exchangeCode('some-code', { client: client(), signal: controller.signal }))
    expect(error).toBe(controller.signal.reason)
    expect((error as Error).name).toBe('AbortError')
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects with the AbortError when aborted while waiting for the response', async () => {
    const controller = new AbortController()
    const delayed = { 'x-mock-scenario': JSON.stringify({ headersDelayMs: 10_000 }) }
    const before = mock.server.requests.length
    const pending = rejection(
      exchangeCode('some-code', { client: client(), signal: controller.signal, headers: delayed }),
    )
    await vi.waitFor(() => expect(mock.server.requests.length).toBe(before + 1), { interval: 5 })
    controller.abort()
    expect(await pending).toBe(controller.signal.reason)
  })

  it.each([
    ['code', '', {}, /^exchangeCode: code: must be a non-empty string/],
    ['code', '  ', {}, /^exchangeCode: code: /],
    ['code', 42, {}, /^exchangeCode: code: /],
    [
      'codeVerifier',
      'abc',
      { codeVerifier: 'short' },
      /^exchangeCode: codeVerifier: must be 43 to 128 characters/,
    ],
    [
      'codeVerifier',
      'abc',
      { codeVerifier: `${'a'.repeat(43)}%` },
      /^exchangeCode: codeVerifier: may only contain/,
    ],
    ['codeChallengeMethod', 'abc', { codeChallengeMethod: 'S512' }, /^exchangeCode: codeChallengeMethod: /],
  ])(
    'rejects with invalid_request naming %s before any request when it is bad',
    async (_, code, options, message) => {
      const before = mock.server.requests.length
      const error = await rejection(
        exchangeCode(code as string, { ...(options as object), client: client() }),
      )
      expect(error).toMatchObject({ kind: 'invalid_request' })
      expect((error as Error).message).toMatch(message)
      expect(mock.server.requests.length).toBe(before)
    },
  )
})
