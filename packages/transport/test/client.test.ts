import { describe, expect, it } from 'vitest'
import * as fetchEntry from '../src/index.js'
import { createClient, isOpenRouterError } from '../src/index.js'
import * as nodeEntry from '../src/index.node.js'
import { chatBody, engines, rejection, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe('the two entries', () => {
  it('export the same names', () => {
    expect(Object.keys(nodeEntry).sort()).toEqual(Object.keys(fetchEntry).sort())
  })
})

describe('createClient', () => {
  const invalidOptions: [string, Record<string, unknown>, string][] = [
    ['a relative baseURL', { baseURL: '/api/v1' }, 'baseURL must be an absolute http(s) URL'],
    ['a baseURL of another scheme', { baseURL: 'ftp://x' }, 'baseURL must be an absolute http(s) URL'],
    ['an empty apiKey', { apiKey: '  ' }, 'apiKey must be a non-empty string'],
    ['a negative timeout', { timeout: { headersMs: -1 } }, 'timeout.headersMs must be a positive number'],
    ['an unknown timeout', { timeout: { readMs: 5 } }, 'timeout.readMs is not a timeout'],
    ['a header that is not a string', { headers: { 'X-Title': 5 } }, 'headers.X-Title must be a string'],
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
})

describe.each(engines)('requests on the $name', ({ createClient }) => {
  const spec = {
    operation: 'chat',
    method: 'POST',
    path: '/chat/completions',
    body: chatBody(),
    response: 'json',
  } as const

  it('reads the key and base URL from the environment', async () => {
    const saved = { key: process.env.OPENROUTER_API_KEY, base: process.env.OPENROUTER_BASE_URL }
    process.env.OPENROUTER_API_KEY = TEST_KEY
    process.env.OPENROUTER_BASE_URL = mock.server.baseURL
    try {
      const client = createClient()
      expect(client.baseURL).toBe(mock.server.baseURL)
      expect((await client.request(spec)).status).toBe(200)
    } finally {
      for (const [name, value] of [
        ['OPENROUTER_API_KEY', saved.key],
        ['OPENROUTER_BASE_URL', saved.base],
      ] as const) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })

  it('sends attribution headers, call headers and JSON, and nothing else of its own', async () => {
    const client = createClient({
      baseURL: mock.server.baseURL,
      apiKey: TEST_KEY,
      headers: { 'HTTP-Referer': 'https://app.example', 'X-OpenRouter-Title': 'Example' },
    })
    await client.request(spec, { headers: { 'x-session-id': 's-1' } })
    const recorded = mock.server.requests.at(-1)
    if (recorded === undefined) throw new Error('nothing recorded')
    const { headers, body } = recorded
    expect(headers['http-referer']).toBe('https://app.example')
    expect(headers['x-openrouter-title']).toBe('Example')
    expect(headers['x-session-id']).toBe('s-1')
    expect(headers['content-type']).toBe('application/json')
    expect(headers.authorization).toBe('Bearer [redacted]')
    expect(body).toEqual(chatBody())
  })

  it('fails before any I/O when there is no key', async () => {
    const saved = process.env.OPENROUTER_API_KEY
    delete process.env.OPENROUTER_API_KEY
    try {
      const before = mock.server.requests.length
      const error = await rejection(createClient({ baseURL: mock.server.baseURL }).request(spec))
      expect(isOpenRouterError(error) && error.kind).toBe('auth')
      expect((error as Error).message).toContain('OPENROUTER_API_KEY')
      expect(mock.server.requests.length).toBe(before)
    } finally {
      if (saved !== undefined) process.env.OPENROUTER_API_KEY = saved
    }
  })

  it('sends no Authorization header when the operation needs none', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    await client.request({
      operation: 'models',
      method: 'GET',
      path: '/models',
      response: 'json',
      auth: 'none',
    })
    expect(mock.server.requests.at(-1)?.headers.authorization).toBeUndefined()
  })

  it('encodes query parameters and skips undefined ones', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const response = await client.request({
      operation: 'models',
      method: 'GET',
      path: '/models',
      query: { output_modalities: 'all', category: undefined },
      response: 'json',
    })
    expect(mock.server.requests.at(-1)?.query).toEqual({ output_modalities: 'all' })
    expect(response.type === 'json' && (response.data as { data: unknown[] }).data.length).toBeGreaterThan(
      500,
    )
  })

  it('uses a per-call key over the client key', async () => {
    const client = createClient({ baseURL: mock.server.baseURL })
    expect((await client.request(spec, { apiKey: TEST_KEY })).status).toBe(200)
  })

  it('keeps working after close, on fresh connections', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    await client.request(spec)
    await client.close()
    expect((await client.request(spec)).status).toBe(200)
    await client.close()
  })
})

describe.each(engines)('multipart bodies on the $name', ({ createClient }) => {
  it('sends a FormData body as multipart/form-data with its boundary', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const form = new FormData()
    form.set('model', 'openai/whisper-1')
    form.set('file', new Blob([new Uint8Array([82, 73, 70, 70, 1, 2, 3])], { type: 'audio/wav' }), 'clip.wav')
    const response = await client.request({
      operation: 'audio.transcription',
      method: 'POST',
      path: '/audio/transcriptions',
      body: form,
      response: 'json',
    })
    expect(response.status).toBe(200)
    const recorded = mock.server.requests.at(-1)
    expect(recorded?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(recorded?.body).toMatchObject({
      fields: { model: 'openai/whisper-1' },
      files: [{ name: 'file', filename: 'clip.wav', type: 'audio/wav', size: 7 }],
    })
  })
})
