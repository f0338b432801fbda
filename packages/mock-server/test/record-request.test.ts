import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'
import { chatBody, KEY } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

describe('requests', () => {
  it('records method, path, query, headers and parsed body with credentials redacted', async () => {
    server.reset()
    await (
      await fetch(`${server.baseURL}/chat/completions?trace=1`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${KEY}`, 'X-Api-Key': KEY, 'HTTP-Referer': 'https://app.example' },
        body: JSON.stringify(chatBody()),
      })
    ).arrayBuffer()
    expect(server.requests).toHaveLength(1)
    const [recorded] = server.requests
    expect(recorded).toMatchObject({
      method: 'POST',
      path: '/api/v1/chat/completions',
      query: { trace: '1' },
      body: chatBody(),
    })
    expect(recorded?.headers.authorization).toBe('Bearer [redacted]')
    expect(recorded?.headers['x-api-key']).toBe('[redacted]')
    expect(recorded?.headers['http-referer']).toBe('https://app.example')
    expect(JSON.stringify(server.requests)).not.toContain(KEY)
    server.reset()
    expect(server.requests).toHaveLength(0)
  })

  it('records multipart bodies as fields and base64 files', async () => {
    server.reset()
    const form = new FormData()
    form.set('model', 'openai/whisper-1')
    form.set('file', new Blob([Buffer.from('RIFFdata')], { type: 'audio/wav' }), 'clip.wav')
    await (
      await fetch(`${server.baseURL}/audio/transcriptions`, { method: 'POST', body: form })
    ).arrayBuffer()
    expect(server.requests[0]?.body).toEqual({
      fields: { model: 'openai/whisper-1' },
      files: [
        {
          name: 'file',
          filename: 'clip.wav',
          type: 'audio/wav',
          size: 8,
          base64: Buffer.from('RIFFdata').toString('base64'),
        },
      ],
    })
  })

  it('records plain text bodies as text', async () => {
    server.reset()
    await (await fetch(`${server.baseURL}/anything`, { method: 'POST', body: 'hello' })).arrayBuffer()
    expect(server.requests[0]?.body).toBe('hello')
  })
})

describe('routing', () => {
  it('answers 404 with an OpenRouter error body when the path is unknown', async () => {
    const response = await fetch(`${server.baseURL}/nope`)
    expect(response.status).toBe(404)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(await response.json()).toMatchObject({
      error: { code: 404, metadata: { error_type: 'not_found' } },
    })
  })

  it('answers 405 when the method does not fit the path', async () => {
    const response = await fetch(`${server.baseURL}/auth/keys`)
    expect(response.status).toBe(405)
    await response.arrayBuffer()
  })

  it('answers a CORS preflight with 204 and the allowed headers', async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const allowed = response.headers.get('access-control-allow-headers') ?? ''
    for (const name of [
      'authorization',
      'content-type',
      'http-referer',
      'x-openrouter-title',
      'x-title',
      'x-mock-scenario',
    ]) {
      expect(allowed).toContain(name)
    }
  })

  it('exposes x-generation-id to browsers on responses', async () => {
    const response = await fetch(`${server.baseURL}/models`)
    expect(response.headers.get('access-control-expose-headers')).toContain('x-generation-id')
    await response.arrayBuffer()
  })
})
