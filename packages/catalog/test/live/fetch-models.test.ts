import { isOpenRouterError } from '@orsdk/transport'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchModels, type LiveModel } from '../../src/live/index'
import { engines, MODELS_ALL, rejection, scenario, TEST_KEY, useMockServer } from '../helpers/live-clients'

const context = useMockServer()

afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(engines)('fetchModels on the $name', ({ createClient }) => {
  it('lists every output modality when the query does not set output_modalities', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const models = await fetchModels(undefined, { client })
    expect(models.map((model) => model.id)).toEqual(MODELS_ALL.data.map((row) => row.id))
    expect(models.some((model) => model.architecture.output_modalities.includes('embeddings'))).toBe(true)
    const recorded = server.requests.at(-1)
    expect(recorded?.path).toBe('/api/v1/models')
    expect(recorded?.query).toEqual({ output_modalities: 'all' })
  })

  it('returns whole rows, with the description, benchmarks, links and limits the snapshot rows leave out', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const models: LiveModel[] = await fetchModels(undefined, { client })
    const gpt4o = models.find((model) => model.id === 'openai/gpt-4o')
    expect(gpt4o?.description).toMatch(/^GPT-4o/)
    expect(gpt4o?.links.details).toBe('/api/v1/models/openai/gpt-4o/endpoints')
    expect(gpt4o?.per_request_limits).toBeNull()
    const ranked = models.filter((model) => model.benchmarks !== undefined)
    expect(ranked).toHaveLength(235)
    const scored = ranked.find((model) => model.benchmarks?.artificial_analysis !== undefined)
    expect(scored?.benchmarks?.artificial_analysis?.intelligence_index).toEqual(expect.any(Number))
    expect(scored?.benchmarks?.design_arena[0]).toMatchObject({
      arena: expect.any(String),
      elo: expect.any(Number),
    })
  })

  it('passes server-side filters through and keeps output_modalities when the query sets it', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const models = await fetchModels(
      { output_modalities: 'text', supported_parameters: 'tools', q: 'gpt' },
      { client },
    )
    const expected = MODELS_ALL.data.filter(
      (row) =>
        row.architecture.output_modalities.includes('text') && row.supported_parameters.includes('tools'),
    )
    expect(models.map((model) => model.id)).toEqual(expected.map((row) => row.id))
    expect(server.requests.at(-1)?.query).toEqual({
      output_modalities: 'text',
      supported_parameters: 'tools',
      q: 'gpt',
    })
  })

  it('reads the list without a key when neither the client nor the environment has one', async () => {
    const { server } = context
    vi.stubEnv('OPENROUTER_API_KEY', undefined)
    const client = createClient({ baseURL: server.baseURL })
    const models = await fetchModels(undefined, { client })
    expect(models).toHaveLength(MODELS_ALL.data.length)
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined()
  })

  it('sends the key when the client has one', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    await fetchModels({ output_modalities: 'speech' }, { client })
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer [redacted]')
  })

  it('rejects with kind decode when the answer has no data array', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchModels(undefined, { client, ...scenario({ body: { models: [] } }) }))
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toMatch(/^fetchModels: .*no `data` array/)
  })

  it('rejects with the server error when the answer is a 500', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchModels(undefined, { client, ...scenario({ status: 500 }) }))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
  })

  it('rejects with the AbortError when the signal is already aborted', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const before = server.requests.length
    const error = await rejection(fetchModels(undefined, { client, signal: AbortSignal.abort() }))
    expect((error as Error).name).toBe('AbortError')
    expect(server.requests).toHaveLength(before)
  })

  it.each([
    ['query: must be an object of strings', 'a string' as unknown],
    ['query: must be an object of strings', ['tools']],
    ['query.limit: must be a string, got number', { limit: 10 }],
    ['query.output_modalities: must not be empty', { output_modalities: ' ' }],
  ])('rejects with invalid_request naming %s before any I/O when the query is bad', async (field, query) => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const before = server.requests.length
    const error = await rejection(fetchModels(query as Record<string, string>, { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain(`fetchModels: ${field}`)
    expect(server.requests).toHaveLength(before)
  })

  it('rejects with invalid_request before any I/O when options is not an object', async () => {
    const { server } = context
    const before = server.requests.length
    const error = await rejection(fetchModels(undefined, 'fast' as never))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain('fetchModels: options: must be an object')
    expect(server.requests).toHaveLength(before)
  })
})
