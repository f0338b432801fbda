import { isOpenRouterError } from '@orsdk/transport'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchKey } from '../../src/live/index'
import { engines, rejection, scenario, TEST_KEY, useMockServer } from '../helpers/live-clients'

const context = useMockServer()

afterEach(() => {
  vi.unstubAllEnvs()
})

describe.each(engines)('fetchKey on the $name', ({ createClient }) => {
  it('returns the limits and usage of the key and sends it when the client has one', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const key = await fetchKey({ client })
    expect(key).toMatchObject({
      label: 'emulator',
      limit: null,
      limit_remaining: null,
      usage: 0,
      is_free_tier: false,
    })
    const recorded = server.requests.at(-1)
    expect(recorded?.path).toBe('/api/v1/key')
    expect(recorded?.headers.authorization).toBe('Bearer [redacted]')
  })

  it('sends the per-call key when the call passes apiKey', async () => {
    const { server } = context
    vi.stubEnv('OPENROUTER_API_KEY', undefined)
    const client = createClient({ baseURL: server.baseURL })
    await fetchKey({ client, apiKey: TEST_KEY })
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer [redacted]')
  })

  it('rejects with kind auth before any I/O when neither the client nor the environment has a key', async () => {
    const { server } = context
    vi.stubEnv('OPENROUTER_API_KEY', undefined)
    const client = createClient({ baseURL: server.baseURL })
    const before = server.requests.length
    const error = await rejection(fetchKey({ client }))
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
    expect(server.requests).toHaveLength(before)
  })

  it('rejects with kind auth when OpenRouter refuses the key', async () => {
    const { server } = context
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const error = await rejection(fetchKey({ client, ...scenario({ status: 401 }) }))
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
    expect(isOpenRouterError(error) && error.status).toBe(401)
    expect(JSON.stringify(error)).not.toContain(TEST_KEY)
  })
})
