import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { fetchModelEndpoints } from '../../src/live/index'
import { engines, rejection, TEST_KEY, useMockServer } from '../helpers/live-clients'

const context = useMockServer()

describe.each(engines)('fetchModelEndpoints on the $name', ({ createClient }) => {
  it('returns the model and its endpoints when the model is listed', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const model = await fetchModelEndpoints('openai/gpt-4o-mini', { client })
    expect(model.id).toBe('openai/gpt-4o-mini')
    expect(model.architecture.output_modalities).toContain('text')
    expect(model.endpoints.length).toBeGreaterThan(0)
    const [endpoint] = model.endpoints
    expect(endpoint?.pricing.prompt).toBe('0.00000015')
    expect(endpoint?.latency_last_30m?.p50).toBeTypeOf('number')
    expect(server.requests.at(-1)?.path).toBe('/api/v1/models/openai/gpt-4o-mini/endpoints')
  })

  it('encodes each segment and keeps a variant suffix when the id has one', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const model = await fetchModelEndpoints('openai/gpt-oss-20b:free', { client })
    expect(model.id).toBe('openai/gpt-oss-20b:free')
    expect(server.requests.at(-1)?.path).toBe('/api/v1/models/openai/gpt-oss-20b%3Afree/endpoints')
  })

  it('rejects with invalid_request and status 404 when the model is unknown', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchModelEndpoints('nobody/nothing', { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect(isOpenRouterError(error) && error.status).toBe(404)
    expect((error as Error).message).toContain('nobody/nothing')
  })

  it.each([
    ['an empty string', ''],
    ['one segment', 'gpt-4o'],
    ['three segments', 'openai/gpt-4o/extra'],
    ['an empty slug', 'openai/'],
    ['a number', 42],
  ])('rejects with invalid_request naming id before any I/O when id is %s', async (_label, id) => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const before = server.requests.length
    const error = await rejection(fetchModelEndpoints(id as string, { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^fetchModelEndpoints: id: /)
    expect(server.requests).toHaveLength(before)
  })
})
