import { clientEngines, expectInvalid, rejection, useClient, useMockServer } from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { listImageModelEndpoints, listImageModels } from '../src/index.js'

const mock = useMockServer()

describe.each(clientEngines(createClient))('image models on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('lists the image models with their parameters and whether they stream', async () => {
    const models = await listImageModels({ client: client() })
    expect(models.length).toBeGreaterThan(10)
    expect(models.every((model) => model.architecture.output_modalities.includes('image'))).toBe(true)
    const gptImage = models.find((model) => model.id === 'openai/gpt-image-1')
    expect(gptImage?.supports_streaming).toBe(true)
    expect(gptImage?.endpoints).toBe('/api/v1/images/models/openai/gpt-image-1/endpoints')
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/images/models')
  })

  it('lists the endpoints of one model, with pricing', async () => {
    const { id, endpoints } = await listImageModelEndpoints('openai/gpt-image-1', { client: client() })
    expect(id).toBe('openai/gpt-image-1')
    expect(endpoints[0]?.pricing[0]).toEqual({ billable: 'output_image', unit: 'image', cost_usd: 0.04 })
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/images/models/openai/gpt-image-1/endpoints')
  })

  it('rejects a model id that is not author/slug before any I/O, and a 404 for a model without images', async () => {
    await expectInvalid(mock.server, listImageModelEndpoints('gpt-image-1', { client: client() }), 'model')
    await expectInvalid(mock.server, listImageModelEndpoints('a/b/c', { client: client() }), 'model')
    const missing = await rejection(listImageModelEndpoints('openai/gpt-4o-mini', { client: client() }))
    expect(isOpenRouterError(missing) && [missing.kind, missing.status]).toEqual(['invalid_request', 404])
  })
})
