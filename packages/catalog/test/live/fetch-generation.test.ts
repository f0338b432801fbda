import { type Client, isOpenRouterError } from '@orsdk/transport'
import { requestJson } from '@orsdk/transport/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchGeneration } from '../../src/live/index'
import { engines, rejection, TEST_KEY, useMockServer } from '../helpers/live-clients'

const context = useMockServer()

afterEach(() => {
  vi.unstubAllEnvs()
})

/** Runs one buffered chat completion and returns its `X-Generation-Id`. */
async function generate(client: Client): Promise<string> {
  const response = await requestJson(
    {
      operation: 'chat',
      method: 'POST',
      path: '/chat/completions',
      body: { model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] },
    },
    { client },
  )
  if (response.generationId === undefined) throw new Error('no X-Generation-Id')
  return response.generationId
}

describe.each(engines)('fetchGeneration on the $name', ({ createClient }) => {
  it('returns the stats of a generation when the id is one the server issued', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const id = await generate(client)
    const generation = await fetchGeneration(id, { client })
    expect(generation).toMatchObject({
      id,
      model: 'openai/gpt-4o-mini',
      api_type: 'completions',
      streamed: false,
    })
    expect(generation.tokens_completion).toBeGreaterThan(0)
    const recorded = server.requests.at(-1)
    expect(recorded?.path).toBe('/api/v1/generation')
    expect(recorded?.query).toEqual({ id })
    expect(recorded?.headers.authorization).toBe('Bearer [redacted]')
  })

  it('rejects with invalid_request and status 404 when the generation is unknown', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchGeneration('gen-0-unknown', { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect(isOpenRouterError(error) && error.status).toBe(404)
  })

  it('rejects with kind auth before any I/O when there is no key', async () => {
    const { server } = context
    vi.stubEnv('OPENROUTER_API_KEY', undefined)
    const client = createClient({ baseURL: server.baseURL })
    const before = server.requests.length
    const error = await rejection(fetchGeneration('gen-1', { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
    expect(server.requests).toHaveLength(before)
  })

  it.each([
    ['an empty string', ''],
    ['blank', '   '],
    ['not a string', { id: 'gen-1' }],
  ])('rejects with invalid_request naming id before any I/O when id is %s', async (_label, id) => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const before = server.requests.length
    const error = await rejection(fetchGeneration(id as string, { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^fetchGeneration: id: must be a non-empty string/)
    expect(server.requests).toHaveLength(before)
  })
})
