import { afterEach, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'

let server: MockServer
afterEach(() => server.close())

type Row = { id: string; architecture: { output_modalities: string[] }; supported_parameters: string[] }
interface ModelsDocument {
  data: Row[]
  total_count?: number
}

async function models(query = ''): Promise<ModelsDocument> {
  const response = await fetch(`${server.baseURL}/models${query}`)
  expect(response.status).toBe(200)
  return (await response.json()) as ModelsDocument
}

describe('GET /models', () => {
  it('lists only text models when output_modalities is absent, like the real API', async () => {
    server = await startMockServer()
    const all = await models('?output_modalities=all')
    const text = await models()
    expect(all.data.length).toBe(549)
    expect(all.total_count).toBe(549)
    expect(text.data.length).toBeLessThan(all.data.length)
    expect(text.data.every((row) => row.architecture.output_modalities.includes('text'))).toBe(true)
    expect(text.total_count).toBe(text.data.length)
  })

  it('lists models having any listed modality and all listed parameters', async () => {
    server = await startMockServer()
    const media = await models('?output_modalities=embeddings,image')
    expect(media.data.length).toBeGreaterThan(0)
    expect(
      media.data.every((row) =>
        ['embeddings', 'image'].some((m) => row.architecture.output_modalities.includes(m)),
      ),
    ).toBe(true)
    const tools = await models('?supported_parameters=tools,reasoning')
    expect(tools.data.length).toBeGreaterThan(0)
    expect(
      tools.data.every(
        (row) => row.supported_parameters.includes('tools') && row.supported_parameters.includes('reasoning'),
      ),
    ).toBe(true)
  })

  it('serves the documents given in options and swapped by setCatalog', async () => {
    const row = { id: 'a/b', architecture: { output_modalities: ['text'] }, supported_parameters: [] }
    server = await startMockServer({ models: { data: [row] }, providers: { data: [{ slug: 'x' }] } })
    expect(await models()).toEqual({ data: [row] })
    expect(await (await fetch(`${server.baseURL}/providers`)).json()).toEqual({ data: [{ slug: 'x' }] })
    server.setCatalog({ models: { data: [] } })
    expect(await models()).toEqual({ data: [] })
    expect(await (await fetch(`${server.baseURL}/providers`)).json()).toEqual({ data: [{ slug: 'x' }] })
  })
})

describe('GET /providers', () => {
  it('serves the bundled providers snapshot when no document is given', async () => {
    server = await startMockServer()
    const body = (await (await fetch(`${server.baseURL}/providers`)).json()) as {
      data: Array<{ slug: string }>
    }
    expect(body.data.length).toBe(81)
  })
})

describe('GET /models/:author/:slug/endpoints', () => {
  it('builds one emulated endpoint from the model row by id or canonical slug', async () => {
    server = await startMockServer()
    for (const id of ['qwen/qwen3.8-27b', 'qwen/qwen3.8-27b-20260814']) {
      const response = await fetch(`${server.baseURL}/models/${id}/endpoints`)
      expect(response.status).toBe(200)
      const body = (await response.json()) as {
        data: { id: string; endpoints: Array<Record<string, unknown>> }
      }
      expect(body.data.id).toBe('qwen/qwen3.8-27b')
      expect(body.data.endpoints[0]).toMatchObject({
        model_id: 'qwen/qwen3.8-27b-20260814',
        provider_name: 'EmulatorProvider',
        context_length: 262144,
        max_completion_tokens: 131072,
        quantization: null,
        status: 0,
        uptime_last_30m: 100,
        pricing: { prompt: '0.00000045' },
      })
    }
  })

  it('answers 404 with an OpenRouter error body when the model is unknown', async () => {
    server = await startMockServer()
    const response = await fetch(`${server.baseURL}/models/nobody/nothing/endpoints`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      error: { code: 404, metadata: { error_type: 'not_found' } },
    })
  })
})
