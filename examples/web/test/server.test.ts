import { type MockServer, type RecordedRequest, startMockServer } from '@orsdk/mock-server'
import { type Client, createClient } from '@orsdk/transport'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import type { Page } from '../src/page-bundle'

const page: Page = {
  html: '<!doctype html><title>test</title>',
  script: '',
  metafile: { inputs: {}, outputs: {} },
}
const SERVER_KEY = `sk-or-v1-${'7'.repeat(64)}`
const site = 'http://localhost:3000'

function lastUserText(request: RecordedRequest): unknown {
  const body = request.body as { messages?: { content?: unknown }[] } | undefined
  return body?.messages?.at(-1)?.content
}

function postJson(path: string, body: unknown): [string, RequestInit] {
  return [
    `${site}${path}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  ]
}

describe('the chat app server', () => {
  let emulator: MockServer
  let client: Client

  beforeAll(async () => {
    emulator = await startMockServer({
      script: (request) => {
        const text = lastUserText(request)
        if (text === 'out of credits') return { status: 402 }
        if (text === 'busy') return { status: 429, retryAfter: 3 }
        return undefined
      },
    })
    client = createClient({ baseURL: emulator.baseURL })
  })
  beforeEach(() => emulator.reset())
  afterAll(async () => {
    await client.close()
    await emulator.close()
  })

  it('sends sign-in to https://openrouter.ai with an S256 challenge when its client talks to OpenRouter', async () => {
    const live = createClient({ baseURL: 'https://openrouter.ai/api/v1' })
    const app = createApp({ client: live, page, mode: 'openrouter' })
    const response = await app.request(`${site}/login`)
    expect(response.status).toBe(302)
    const location = new URL(response.headers.get('location') ?? '')
    expect(location.origin + location.pathname).toBe('https://openrouter.ai/auth')
    expect(location.searchParams.get('callback_url')).toBe(`${site}/callback`)
    expect(location.searchParams.get('code_challenge_method')).toBe('S256')
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(response.headers.get('set-cookie')).toMatch(
      /^orsdk_session=[\w-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Lax$/,
    )
    await live.close()
  })

  it('refuses to start sign-in from 127.0.0.1, which OpenRouter does not take as a callback', async () => {
    const app = createApp({ client, page, mode: 'emulator' })
    const response = await app.request('http://127.0.0.1:3000/login')
    expect(response.headers.get('location')).toBe('/?signin=invalid_request')
    expect(emulator.requests).toEqual([])
  })

  it('ends the sign-in with ?signin=auth when the callback has no verifier, or OpenRouter refuses the code', async () => {
    const app = createApp({ client, page, mode: 'emulator' })
    const stray = await app.request(`${site}/callback?code=abc`)
    expect(stray.headers.get('location')).toBe('/?signin=auth')

    const login = await app.request(`${site}/login`)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const refused = await app.request(`${site}/callback?code=not-a-real-code`, { headers: { cookie } })
    expect(refused.headers.get('location')).toBe('/?signin=auth')
    expect(emulator.requests.map((request) => request.path)).toEqual(['/api/v1/auth/keys'])
    const me = await app.request(`${site}/api/me`, { headers: { cookie } })
    expect(await me.json()).toMatchObject({ signedIn: false })
  })

  it('answers 401 with kind auth, and calls nobody, when nobody signed in and there is no server key', async () => {
    const app = createApp({ client, page, mode: 'emulator' })
    for (const [path, body] of [
      ['/api/chat', { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }],
      ['/api/speak', { text: 'Hi' }],
    ] as const) {
      const response = await app.request(...postJson(path, body))
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({
        error: { code: 401, kind: 'auth', message: 'Sign in with OpenRouter first' },
      })
    }
    expect(emulator.requests).toEqual([])
  })

  it('passes OpenRouter’s status, kind and Retry-After on to the page, without the key', async () => {
    const app = createApp({ client, page, mode: 'emulator', serverKey: SERVER_KEY })
    const busy = await app.request(
      ...postJson('/api/chat', {
        model: 'openai/gpt-4o-mini',
        messages: [{ role: 'user', content: 'busy' }],
      }),
    )
    expect(busy.status).toBe(429)
    expect(busy.headers.get('retry-after')).toBe('3')
    expect(await busy.json()).toMatchObject({ error: { code: 429, kind: 'rate_limit' } })

    const broke = await app.request(
      ...postJson('/api/chat', {
        model: 'openai/gpt-4o-mini',
        messages: [{ role: 'user', content: 'out of credits' }],
      }),
    )
    expect(broke.status).toBe(402)
    const text = await broke.text()
    expect(JSON.parse(text)).toMatchObject({ error: { code: 402, kind: 'payment_required' } })
    expect(text).not.toContain(SERVER_KEY)
  })

  it('rejects bad chat params before any request, naming the field', async () => {
    const app = createApp({ client, page, mode: 'emulator', serverKey: SERVER_KEY })
    const response = await app.request(
      ...postJson('/api/chat', { model: 'openai/gpt-4o-mini', messages: [] }),
    )
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as { error: { kind: string; message: string } }
    expect(error.kind).toBe('invalid_request')
    expect(error.message).toContain('messages')
    expect(emulator.requests).toEqual([])
  })

  it('refuses empty or overlong text to speak, and recordings of an unknown type, before any request', async () => {
    const app = createApp({ client, page, mode: 'emulator', serverKey: SERVER_KEY })
    const empty = await app.request(...postJson('/api/speak', { text: '  ' }))
    const long = await app.request(...postJson('/api/speak', { text: 'a'.repeat(4_001) }))
    const unknown = await app.request(`${site}/api/transcribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-unknown' },
      body: new Uint8Array([1, 2, 3]),
    })
    expect([empty.status, long.status, unknown.status]).toEqual([400, 400, 400])
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('mime')
    expect(emulator.requests).toEqual([])
  })

  it('speaks a WAV and transcribes a recording with the server key', async () => {
    const app = createApp({ client, page, mode: 'emulator', serverKey: SERVER_KEY })
    const speech = await app.request(...postJson('/api/speak', { text: 'Hello there.' }))
    expect(speech.headers.get('content-type')).toBe('audio/wav')
    const wav = new Uint8Array(await speech.arrayBuffer())
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF')

    const heard = await app.request(`${site}/api/transcribe`, {
      method: 'POST',
      headers: { 'content-type': 'audio/webm;codecs=opus' },
      body: new Uint8Array(100),
    })
    expect(await heard.json()).toEqual({ text: 'transcribed: 100 bytes of ogg' })
  })
})
