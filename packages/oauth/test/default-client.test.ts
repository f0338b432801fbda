import { defaultClient } from '@orsdk/transport'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '../src/index.js'
import { authorizeCode, useMockServer } from './helpers.js'

const mock = useMockServer()

describe('the PKCE flow with the default client', () => {
  afterAll(async () => {
    await defaultClient().close()
    vi.unstubAllEnvs()
  })

  it('runs with only OPENROUTER_BASE_URL set when no API key is configured', async () => {
    // Stubbed before the default client is first built: it reads the environment once.
    vi.stubEnv('OPENROUTER_BASE_URL', mock.server.baseURL)
    vi.stubEnv('OPENROUTER_API_KEY', '')
    const verifier = generateCodeVerifier()
    const url = buildAuthorizeUrl('https://app.example/cb', { codeChallenge: await codeChallenge(verifier) })
    expect(url.startsWith(`${mock.server.url}/auth?`)).toBe(true)
    const { key, userId } = await exchangeCode(await authorizeCode(url), { codeVerifier: verifier })
    expect(key).toMatch(/^sk-or-v1-/)
    expect(userId).toBe('user_emulator')
    expect(mock.server.requests.at(-1)?.headers.authorization).toBeUndefined()
  })
})
