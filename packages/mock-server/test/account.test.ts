import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'
import { chatBody, KEY, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

const auth = { authorization: `Bearer ${KEY}` }

describe('GET /key', () => {
  it('describes an unlimited emulator key when authorized', async () => {
    const body = await (await fetch(`${server.baseURL}/key`, { headers: auth })).json()
    expect(body).toMatchObject({
      data: { label: 'emulator', limit: null, limit_remaining: null, usage: 0, is_free_tier: false },
    })
  })

  it('answers 401 when the key is missing or empty', async () => {
    const cases: Array<Record<string, string>> = [
      {},
      { authorization: 'Bearer ' },
      { authorization: 'Basic abc' },
    ]
    for (const headers of cases) {
      const response = await fetch(`${server.baseURL}/key`, { headers })
      expect(response.status).toBe(401)
      await response.arrayBuffer()
    }
  })
})

describe('GET /generation', () => {
  it('returns the stats of a generation this server issued', async () => {
    const completion = await postJson(`${server.baseURL}/chat/completions`, chatBody({ stream: true }))
    const id = completion.headers.get('x-generation-id') ?? ''
    await completion.text()
    const response = await fetch(`${server.baseURL}/generation?id=${id}`, { headers: auth })
    expect(response.status).toBe(200)
    const { data } = (await response.json()) as { data: Record<string, unknown> }
    expect(data).toMatchObject({ id, model: 'openai/gpt-4o-mini', streamed: true, api_type: 'completions' })
    expect(data.total_cost).toBeGreaterThan(0)
    expect(data.tokens_prompt).toBeGreaterThan(0)
    expect(data.tokens_completion).toBeGreaterThan(0)
  })

  it('answers 404 for an id it never issued', async () => {
    const response = await fetch(`${server.baseURL}/generation?id=gen-0-unknown`, { headers: auth })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: 404 } })
  })
})
