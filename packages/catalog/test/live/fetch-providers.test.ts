import { isOpenRouterError } from '@orsdk/transport'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchProviders } from '../../src/live/index'
import { engines, PROVIDERS, rejection, scenario, TEST_KEY, useMockServer } from '../helpers/live-clients'

const context = useMockServer()

afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(engines)('fetchProviders on the $name', ({ createClient }) => {
  it('returns the data rows of /providers when called with a client', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const providers = await fetchProviders({ client })
    expect(providers.map((provider) => provider.slug)).toEqual(PROVIDERS.data.map((row) => row.slug))
    expect(providers.find((provider) => provider.slug === 'sambanova')?.headquarters).toBe('US')
    expect(server.requests.at(-1)?.path).toBe('/api/v1/providers')
  })

  it('reads the list without a key when neither the client nor the environment has one', async () => {
    const { server } = context
    vi.stubEnv('OPENROUTER_API_KEY', undefined)
    const client = createClient({ baseURL: server.baseURL })
    expect(await fetchProviders({ client })).toHaveLength(PROVIDERS.data.length)
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined()
  })

  it('rejects with kind decode when data is not an array', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchProviders({ client, ...scenario({ body: { data: { slug: 'x' } } }) }))
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect(isOpenRouterError(error) && error.status).toBe(200)
  })
})
