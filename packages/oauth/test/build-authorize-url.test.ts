import { afterEach, describe, expect, it, vi } from 'vitest'
import { buildAuthorizeUrl, codeChallenge, generateCodeVerifier } from '../src/index.js'
import { openClient, TEST_KEY, thrown, useMockServer } from './helpers.js'

const mock = useMockServer()
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
const query = (url: string) => Object.fromEntries(new URL(url).searchParams)

function expectInvalid(run: () => unknown, message: RegExp): void {
  const before = mock.server.requests.length
  const error = thrown(run)
  expect(error).toMatchObject({ kind: 'invalid_request' })
  expect((error as Error).message).toMatch(message)
  expect(mock.server.requests.length).toBe(before)
}

describe('buildAuthorizeUrl', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('builds https://openrouter.ai/auth with every parameter when given a callback and options', () => {
    vi.stubEnv('OPENROUTER_BASE_URL', '')
    const url = buildAuthorizeUrl('https://app.example/oauth/callback?state=1', {
      codeChallenge: CHALLENGE,
      codeChallengeMethod: 'S256',
      limit: 5,
      keyLabel: 'My app',
    })
    expect(url.startsWith('https://openrouter.ai/auth?')).toBe(true)
    expect(query(url)).toEqual({
      callback_url: 'https://app.example/oauth/callback?state=1',
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
      limit: '5',
      key_label: 'My app',
    })
  })

  it('sends code_challenge_method S256 when a challenge is given without a method', () => {
    const url = buildAuthorizeUrl('https://app.example/cb', { codeChallenge: CHALLENGE })
    expect(query(url).code_challenge_method).toBe('S256')
  })

  it('uses the site origin of the client base URL when given the emulator client', () => {
    const client = openClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const url = buildAuthorizeUrl('http://localhost:3000/cb', { client })
    expect(url).toBe(`${mock.server.url}/auth?callback_url=${encodeURIComponent('http://localhost:3000/cb')}`)
  })

  it('prefers baseURL over client and reads OPENROUTER_BASE_URL when given neither', () => {
    const client = openClient({ baseURL: 'https://elsewhere.example/api/v1', apiKey: TEST_KEY })
    expect(buildAuthorizeUrl('https://a.example/', { client, baseURL: 'http://127.0.0.1:9/api/v1' })).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/auth\?/,
    )
    vi.stubEnv('OPENROUTER_BASE_URL', 'http://127.0.0.1:8787/api/v1')
    expect(buildAuthorizeUrl('https://a.example/')).toMatch(/^http:\/\/127\.0\.0\.1:8787\/auth\?/)
  })

  it('builds a headless URL without callback_url when given a challenge and a key label', async () => {
    const challenge = await codeChallenge(generateCodeVerifier())
    const url = buildAuthorizeUrl(undefined, {
      codeChallenge: challenge,
      keyLabel: 'CLI',
      baseURL: mock.server.baseURL,
    })
    expect(query(url)).toEqual({ code_challenge: challenge, code_challenge_method: 'S256', key_label: 'CLI' })
  })

  it('accepts a plain challenge and http://localhost on any port when given them', () => {
    const verifier = generateCodeVerifier(43)
    const url = buildAuthorizeUrl('http://localhost:51234/done', {
      codeChallenge: verifier,
      codeChallengeMethod: 'plain',
    })
    expect(query(url)).toMatchObject({ code_challenge: verifier, code_challenge_method: 'plain' })
  })

  it.each([
    [
      'plain http to another host',
      'http://app.example/cb',
      /must be https or http:\/\/localhost, got "http:\/\/app.example"/,
    ],
    ['http to a loopback IP', 'http://127.0.0.1:3000/cb', /must be https or http:\/\/localhost/],
    ['another scheme', 'ftp://app.example/cb', /must be https or http:\/\/localhost/],
    ['a relative path', '/callback', /must be an absolute URL, got "\/callback"/],
    ['empty', '', /must be an absolute URL/],
  ])('throws invalid_request naming callbackUrl when it is %s', (_, callback, message) => {
    expectInvalid(
      () => buildAuthorizeUrl(callback, { codeChallenge: CHALLENGE }),
      /^buildAuthorizeUrl: callbackUrl: /,
    )
    expectInvalid(() => buildAuthorizeUrl(callback, { codeChallenge: CHALLENGE }), message)
  })

  it.each([
    ['codeChallenge', { keyLabel: 'CLI' }],
    ['keyLabel', { codeChallenge: CHALLENGE }],
    ['codeChallenge', {}],
  ])('throws invalid_request naming %s when headless mode lacks it', (field, options) => {
    expectInvalid(
      () => buildAuthorizeUrl(undefined, options),
      new RegExp(`^buildAuthorizeUrl: ${field}: required in headless mode`),
    )
  })

  it.each([
    ['codeChallenge', { codeChallenge: 'too-short' }, /43 base64url characters/],
    ['codeChallenge', { codeChallenge: `${CHALLENGE.slice(0, 42)}=` }, /43 base64url characters/],
    ['codeChallenge', { codeChallenge: 'short', codeChallengeMethod: 'plain' }, /43 to 128 characters/],
    ['codeChallengeMethod', { codeChallenge: CHALLENGE, codeChallengeMethod: 'sha256' }, /'S256' or 'plain'/],
    ['codeChallengeMethod', { codeChallengeMethod: 'S256' }, /given without codeChallenge/],
    ['limit', { limit: 0 }, /positive number of credits, got 0/],
    ['limit', { limit: Number.POSITIVE_INFINITY }, /positive number/],
    ['keyLabel', { keyLabel: ' ' }, /non-empty string/],
    ['baseURL', { baseURL: 'openrouter.ai' }, /absolute http\(s\) URL/],
  ])('throws invalid_request naming %s when it is bad', (field, options, message) => {
    const run = () =>
      buildAuthorizeUrl('https://app.example/cb', options as Parameters<typeof buildAuthorizeUrl>[1])
    expectInvalid(run, new RegExp(`^buildAuthorizeUrl: ${field}: `))
    expectInvalid(run, message)
  })
})
