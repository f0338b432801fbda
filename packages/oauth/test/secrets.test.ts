import diagnosticsChannel from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import { REQUEST_CHANNEL } from '@orsdk/transport'
import { afterAll, describe, expect, it } from 'vitest'
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '../src/index.js'
import { authorizeCode, engines, KEY_SHAPE, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

// Everything published on the telemetry channel during this file.
const published: unknown[] = []
const channel = diagnosticsChannel.tracingChannel(REQUEST_CHANNEL)
const subscribers = {
  start: (message: unknown) => published.push({ ...(message as object) }),
  end: () => {},
  asyncStart: () => {},
  asyncEnd: (message: unknown) => published.push({ ...(message as object) }),
  error: (message: unknown) => published.push({ ...(message as object) }),
}
channel.subscribe(subscribers)
afterAll(() => channel.unsubscribe(subscribers))

const everything = (value: unknown) =>
  `${JSON.stringify(value)}\n${inspect(value, { depth: 10, showHidden: true })}`
// Another key shape, as a misbehaving server or proxy might echo it.
const ECHOED = `sk-or-v1-${'fedcba9876543210'.repeat(4)}`

describe.each(engines)('the issued key on the $name', ({ createClient }) => {
  const client = () => createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })

  async function exchangeOnce(): Promise<string> {
    published.length = 0
    const verifier = generateCodeVerifier()
    const url = buildAuthorizeUrl('https://app.example/cb', {
      codeChallenge: await codeChallenge(verifier),
      client: client(),
    })
    return (await exchangeCode(await authorizeCode(url), { codeVerifier: verifier, client: client() })).key
  }

  it('appears in neither the telemetry context nor the emulator request log when the exchange succeeds', async () => {
    const key = await exchangeOnce()
    expect(published).toContainEqual(
      expect.objectContaining({
        operation: 'oauth.exchange',
        method: 'POST',
        path: '/auth/keys',
        status: 200,
      }),
    )
    expect(everything(published)).not.toContain(key)
    expect(everything(published)).not.toMatch(KEY_SHAPE)
    expect(everything(mock.server.requests)).not.toContain(key)
  })

  // Regression: Node's `tracePromise` would put the resolved response (`result`) on the
  // payload; transport publishes its sub-channels by hand so only TelemetryContext fields go out.
  it('appears nowhere in the published telemetry messages, result included, when the exchange succeeds', async () => {
    const key = await exchangeOnce()
    expect(everything(published)).not.toContain(key)
  })

  // The same on failure: no raw error object is published, only its kind and status.
  it('appears nowhere in the published telemetry messages when a failed exchange quotes it', async () => {
    published.length = 0
    const truncated = scenario({ status: 200, body: `{"key":"${ECHOED}","user_id":` })
    await rejection(exchangeCode('some-code', { client: client(), ...truncated }))
    expect(everything(published)).not.toMatch(KEY_SHAPE)
  })

  it('returns a plain object holding the answer as sent plus userId when the exchange succeeds', async () => {
    const verifier = generateCodeVerifier()
    const url = buildAuthorizeUrl('https://app.example/cb', {
      codeChallenge: await codeChallenge(verifier),
      client: client(),
    })
    const result = await exchangeCode(await authorizeCode(url), { codeVerifier: verifier, client: client() })
    expect(Object.keys(result)).toEqual(['key', 'user_id', 'userId'])
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
  })

  it.each([
    ['a truncated 200 body quotes it', { status: 200, body: `{"key":"${ECHOED}","user_id":` }, 'decode'],
    [
      'a 200 body carries it beside an error',
      { status: 200, body: { key: ECHOED, error: { code: 403, message: 'denied' } } },
      'auth',
    ],
    [
      'a 500 message echoes it',
      { status: 500, body: { error: { code: 500, message: `could not store ${ECHOED}` } } },
      'server',
    ],
    ['an HTML error page shows it', { status: 502, body: `<html><body>${ECHOED}</body></html>` }, 'server'],
  ])('never appears in the error when %s', async (_, script, kind) => {
    const error = await rejection(exchangeCode('some-code', { client: client(), ...scenario(script) }))
    expect(error).toMatchObject({ kind })
    expect(everything(error)).not.toMatch(KEY_SHAPE)
    expect(everything((error as Error).stack)).not.toMatch(KEY_SHAPE)
  })

  it('rejects with kind decode and no body when a 200 answer has no key', async () => {
    const error = await rejection(
      exchangeCode('some-code', { client: client(), ...scenario({ status: 200, body: { user_id: 'u' } }) }),
    )
    expect(error).toMatchObject({ kind: 'decode', message: 'oauth.exchange: the response has no key' })
  })
})
