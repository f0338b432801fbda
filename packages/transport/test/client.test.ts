import { describe, expect, it } from 'vitest'
import * as main from '../src/index.js'
import { createClient, isOpenRouterError } from '../src/index.js'
import * as protocol from '../src/protocol.js'
import { requestBody, requestJson } from '../src/protocol.js'
import { TRANSPORT_VERSION } from '../src/version.js'
import { chatBody, chatSpec, closeAfterEach, engines, rejection, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe('the entries', () => {
  it('export only what apps write against from the main entry', () => {
    expect(Object.keys(main).sort()).toEqual([
      'DEFAULT_TIMEOUTS',
      'OpenRouterError',
      'REQUEST_CHANNEL',
      'createClient',
      'defaultClient',
      'isOpenRouterError',
      'policyError',
      'redactSecrets',
    ])
  })

  it('keep the package-author machinery in the protocol entry, apart from the main one', () => {
    const shared = Object.keys(protocol).filter((name) => name in main)
    expect(shared).toEqual([])
    expect(Object.keys(protocol)).toEqual(
      expect.arrayContaining(['requestJson', 'requestStream', 'EventStream']),
    )
  })
})

describe('createClient', () => {
  const invalidOptions: [string, Record<string, unknown>, string][] = [
    ['a relative baseURL', { baseURL: '/api/v1' }, 'baseURL must be an absolute http(s) URL'],
    ['a baseURL of another scheme', { baseURL: 'ftp://x' }, 'baseURL must be an absolute http(s) URL'],
    ['an empty apiKey', { apiKey: '  ' }, 'apiKey must be a non-empty string'],
    ['a negative timeout', { timeout: { headersMs: -1 } }, 'timeout.headersMs must be a positive number'],
    ['an unknown timeout', { timeout: { readMs: 5 } }, 'timeout.readMs is not a timeout'],
    [
      'an inherited name as a timeout',
      { timeout: { constructor: 5 } },
      'timeout.constructor is not a timeout',
    ],
    ['a header that is not a string', { headers: { 'X-Title': 5 } }, 'headers.X-Title must be a string'],
    [
      'a header with a line break',
      { headers: { 'X-Title': 'a\r\nb: c' } },
      'headers.X-Title must be Latin-1',
    ],
    ['an app name outside Latin-1', { app: { name: 'Café ☕' } }, 'app.name must be Latin-1'],
    [
      'an app url that is not a URL',
      { app: { url: 'app.example' } },
      'app.url must be an absolute http(s) URL',
    ],
    ['telemetry that is not flat', { telemetry: { tenant: { id: 1 } } }, 'telemetry.tenant must be a string'],
  ]
  it.each(invalidOptions)('rejects %s naming the field', (_, options, message) => {
    let error: unknown
    try {
      createClient(options)
    } catch (caught) {
      error = caught
    }
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain(message)
  })

  it('strips a trailing slash from baseURL', () => {
    expect(createClient({ baseURL: 'http://127.0.0.1:9/api/v1/' }).baseURL).toBe('http://127.0.0.1:9/api/v1')
  })

  it('defaults to the public API', () => {
    const saved = process.env.OPENROUTER_BASE_URL
    delete process.env.OPENROUTER_BASE_URL
    try {
      expect(createClient().baseURL).toBe('https://openrouter.ai/api/v1')
    } finally {
      if (saved !== undefined) process.env.OPENROUTER_BASE_URL = saved
    }
  })

  it('rejects a call whose client was not made by createClient, before any I/O', async () => {
    const before = mock.server.requests.length
    const fake = { baseURL: mock.server.baseURL, close: async () => {} }
    const error = await rejection(requestJson(chatSpec(), { client: fake }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain('options.client must be a client made by createClient')
    expect(mock.server.requests.length).toBe(before)
  })
})

describe.each(engines)('requests on the $name', ({ name, createClient }) => {
  const track = closeAfterEach()
  const client = (options: Parameters<typeof createClient>[0] = {}) =>
    track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, ...options }))

  it('reads the key and base URL from the environment', async () => {
    const saved = { key: process.env.OPENROUTER_API_KEY, base: process.env.OPENROUTER_BASE_URL }
    process.env.OPENROUTER_API_KEY = TEST_KEY
    process.env.OPENROUTER_BASE_URL = mock.server.baseURL
    try {
      const fromEnvironment = track(createClient())
      expect(fromEnvironment.baseURL).toBe(mock.server.baseURL)
      expect((await requestJson(chatSpec(), { client: fromEnvironment })).status).toBe(200)
    } finally {
      for (const [variable, value] of [
        ['OPENROUTER_API_KEY', saved.key],
        ['OPENROUTER_BASE_URL', saved.base],
      ] as const) {
        if (value === undefined) delete process.env[variable]
        else process.env[variable] = value
      }
    }
  })

  it('sends attribution, identification, call headers and JSON, and nothing else of its own', async () => {
    const attributed = client({
      app: { name: 'Example', url: 'https://app.example' },
      headers: { 'x-team': 't' },
    })
    await requestJson(chatSpec(), { client: attributed, headers: { 'x-session-id': 's-1' } })
    const recorded = mock.server.requests.at(-1)
    if (recorded === undefined) throw new Error('nothing recorded')
    const { headers, body } = recorded
    expect(headers['http-referer']).toBe('https://app.example')
    expect(headers['x-openrouter-title']).toBe('Example')
    expect(headers['x-team']).toBe('t')
    expect(headers['x-session-id']).toBe('s-1')
    expect(headers['content-type']).toBe('application/json')
    expect(headers.authorization).toBe('Bearer [redacted]')
    // Node's platform sends a User-Agent; a fetch engine on Node still runs on the Node platform.
    expect(headers['user-agent']).toBe(`orsdk/${TRANSPORT_VERSION} node/${process.versions.node}`)
    expect(body).toEqual(chatBody())
  })

  it('lets the user replace the SDK identification, or drop a header by setting it to an empty string', async () => {
    await requestJson(chatSpec(), { client: client({ headers: { 'user-agent': 'my-app/1' } }) })
    expect(mock.server.requests.at(-1)?.headers['user-agent']).toBe('my-app/1')
    await requestJson(chatSpec(), { client: client(), headers: { 'x-team': '', 'x-kept': 'yes' } })
    expect(mock.server.requests.at(-1)?.headers['x-team']).toBeUndefined()
    expect(mock.server.requests.at(-1)?.headers['x-kept']).toBe('yes')
  })

  it('fails before any I/O when there is no key', async () => {
    const saved = process.env.OPENROUTER_API_KEY
    delete process.env.OPENROUTER_API_KEY
    try {
      const before = mock.server.requests.length
      const error = await rejection(
        requestJson(chatSpec(), { client: track(createClient({ baseURL: mock.server.baseURL })) }),
      )
      expect(isOpenRouterError(error) && error.kind).toBe('auth')
      expect((error as Error).message).toContain('OPENROUTER_API_KEY')
      expect(mock.server.requests.length).toBe(before)
    } finally {
      if (saved !== undefined) process.env.OPENROUTER_API_KEY = saved
    }
  })

  it('sends no Authorization header when the operation needs none', async () => {
    await requestJson(
      { operation: 'models', method: 'GET', path: '/models', auth: 'none' },
      { client: client() },
    )
    expect(mock.server.requests.at(-1)?.headers.authorization).toBeUndefined()
  })

  it('encodes query parameters and skips undefined ones', async () => {
    const response = await requestJson(
      {
        operation: 'models',
        method: 'GET',
        path: '/models',
        query: { output_modalities: 'all', category: undefined },
      },
      { client: client() },
    )
    expect(mock.server.requests.at(-1)?.query).toEqual({ output_modalities: 'all' })
    expect((response.data as { data: unknown[] }).data.length).toBeGreaterThan(500)
  })

  it('uses a per-call key over the client key', async () => {
    const keyless = track(createClient({ baseURL: mock.server.baseURL }))
    expect((await requestJson(chatSpec(), { client: keyless, apiKey: TEST_KEY })).status).toBe(200)
  })

  it('sends one call to a per-call base URL without a second client', async () => {
    const elsewhere = client({ baseURL: 'http://127.0.0.1:9/api/v1' })
    const response = await requestJson(chatSpec(), { client: elsewhere, baseURL: mock.server.baseURL })
    expect(response.status).toBe(200)
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/chat/completions')
    const bad = await rejection(requestJson(chatSpec(), { client: elsewhere, baseURL: 'not a url' }))
    expect(isOpenRouterError(bad) && bad.message).toContain('options.baseURL must be an absolute http(s) URL')
  })

  it('keeps working after close, on fresh connections', async () => {
    const reopened = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    await requestJson(chatSpec(), { client: reopened })
    await reopened.close()
    expect((await requestJson(chatSpec(), { client: reopened })).status).toBe(200)
    await reopened.close()
  })

  it(`streams a download body as it arrives (${name})`, async () => {
    const response = await requestBody(
      {
        operation: 'audio.speech',
        method: 'POST',
        path: '/audio/speech',
        body: { model: 'openai/gpt-4o-mini-tts', input: 'Hi', response_format: 'wav' },
      },
      { client: client() },
    )
    expect(response.headers.get('content-type')).toBe('audio/wav')
    const bytes = new Uint8Array(await new Response(response.body).arrayBuffer())
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RIFF')
  })
})

describe.each(engines)('request bodies on the $name', ({ createClient }) => {
  const track = closeAfterEach()
  const client = () => track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
  const transcription = (body: unknown, contentType?: string) =>
    requestJson(
      {
        operation: 'audio.transcription',
        method: 'POST',
        path: '/audio/transcriptions',
        body,
        ...(contentType ? { contentType } : {}),
      },
      { client: client() },
    )

  it('sends a FormData body as multipart/form-data with its boundary', async () => {
    const form = new FormData()
    form.set('model', 'openai/whisper-1')
    form.set('file', new Blob([new Uint8Array([82, 73, 70, 70, 1, 2, 3])], { type: 'audio/wav' }), 'clip.wav')
    expect((await transcription(form)).status).toBe(200)
    const recorded = mock.server.requests.at(-1)
    expect(recorded?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(recorded?.body).toMatchObject({
      fields: { model: 'openai/whisper-1' },
      files: [{ name: 'file', filename: 'clip.wav', type: 'audio/wav', size: 7 }],
    })
  })

  it('sends a ReadableStream body as it is read, with the content type the spec names', async () => {
    const json = JSON.stringify({
      model: 'openai/whisper-1',
      input_audio: { data: 'UklGRg==', format: 'wav' },
    })
    const bytes = new TextEncoder().encode(json)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10))
        controller.enqueue(bytes.subarray(10))
        controller.close()
      },
    })
    expect((await transcription(stream, 'application/json')).status).toBe(200)
    expect(mock.server.requests.at(-1)?.body).toEqual(JSON.parse(json))
  })

  it('sends a Blob body with its own type', async () => {
    const json = JSON.stringify({
      model: 'openai/whisper-1',
      input_audio: { data: 'UklGRg==', format: 'wav' },
    })
    expect((await transcription(new Blob([json], { type: 'application/json' }))).status).toBe(200)
    expect(mock.server.requests.at(-1)?.headers['content-type']).toBe('application/json')
  })
})
