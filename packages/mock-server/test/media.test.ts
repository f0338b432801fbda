import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, sampleImagePng, sampleVideoMp4, startMockServer } from '../src/index'
import { relevance } from '../src/routes/rerank'
import { KEY, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

const auth = { authorization: `Bearer ${KEY}` }
const get = (path: string) => fetch(`${server.baseURL}${path}`, { headers: auth })

/** The JSON of each `data:` event of an SSE body, `[DONE]` as the string. */
function events(text: string): unknown[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice(6))
    .map((data) => (data === '[DONE]' ? data : JSON.parse(data)))
}

describe('POST /images', () => {
  const images = (body: Record<string, unknown>, scenario?: Parameters<typeof postJson>[2]) =>
    postJson(`${server.baseURL}/images`, { model: 'openai/gpt-image-1', prompt: 'a fox', ...body }, scenario)

  it('answers n base64 PNGs with their media type, usage with cost and a generation id', async () => {
    const response = await images({ n: 2 })
    expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
    const body = (await response.json()) as {
      created: number
      data: { b64_json: string; media_type: string }[]
      usage: { cost: number; total_tokens: number }
    }
    expect(body.data).toHaveLength(2)
    expect(Buffer.from(body.data[0]?.b64_json ?? '', 'base64')).toEqual(sampleImagePng())
    expect(body.data[0]?.media_type).toBe('image/png')
    expect(body.usage.cost).toBe(0.08)
  })

  it('streams partial images, then the completed image and [DONE], for an OpenAI model', async () => {
    const response = await images({ stream: true }, { chunks: 3 })
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    const all = events(await response.text()) as {
      type?: string
      partial_image_index?: number
      b64_json?: string
    }[]
    expect(all.map((event) => (typeof event === 'string' ? event : event.type))).toEqual([
      'image_generation.partial_image',
      'image_generation.partial_image',
      'image_generation.partial_image',
      'image_generation.completed',
      '[DONE]',
    ])
    expect(Buffer.from(all[3]?.b64_json ?? '', 'base64')).toEqual(sampleImagePng())
  })

  it('streams SVG as text chunks', async () => {
    const response = await images({ stream: true, output_format: 'svg' }, { chunks: 4 })
    const all = events(await response.text()) as { type: string; text?: string; media_type?: string }[]
    const svg = all
      .filter((event) => event.type === 'image_generation.text_chunk')
      .map((event) => event.text)
      .join('')
    expect(svg).toMatch(/^<svg .*<\/svg>$/)
    expect(all.find((event) => event.type === 'image_generation.completed')?.media_type).toBe('image/svg+xml')
  })

  it('answers JSON to stream: true for a model that does not stream, as upstream', async () => {
    const response = await images({ model: 'black-forest-labs/flux.2-pro', stream: true })
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it('sends an in-band error event after errorAfter events', async () => {
    const response = await images({ stream: true }, { errorAfter: 1, chunks: 2 })
    const all = events(await response.text()) as { type: string; error?: { code: string } }[]
    expect(all.map((event) => event.type)).toEqual(['image_generation.partial_image', 'error'])
    expect(all[1]?.error?.code).toBe('upstream_error')
  })

  it('rejects an empty prompt, a bad n and a bad reference with 400', async () => {
    expect((await images({ prompt: '' })).status).toBe(400)
    expect((await images({ n: 11 })).status).toBe(400)
    expect((await images({ input_references: [{ type: 'image_url' }] })).status).toBe(400)
  })

  it('lists image models and the endpoints of one', async () => {
    const list = (await (await get('/images/models')).json()) as {
      data: { id: string; supports_streaming: boolean; architecture: { output_modalities: string[] } }[]
    }
    expect(list.data.length).toBeGreaterThan(10)
    expect(list.data.every((model) => model.architecture.output_modalities.includes('image'))).toBe(true)
    expect(list.data.find((model) => model.id === 'openai/gpt-image-1')?.supports_streaming).toBe(true)
    const endpoints = (await (await get('/images/models/openai/gpt-image-1/endpoints')).json()) as {
      id: string
      endpoints: { pricing: unknown[] }[]
    }
    expect(endpoints.id).toBe('openai/gpt-image-1')
    expect(endpoints.endpoints[0]?.pricing).toHaveLength(1)
    expect((await get('/images/models/openai/gpt-4o-mini/endpoints')).status).toBe(404)
  })
})

describe('video jobs', () => {
  interface Job {
    id: string
    status: string
    polling_url: string
    unsigned_urls?: string[]
    error?: string
    usage?: { cost: number }
  }
  const create = async (scenario?: Parameters<typeof postJson>[2]) => {
    const response = await postJson(
      `${server.baseURL}/videos`,
      { model: 'google/veo-3.1', prompt: 'waves', duration: 2 },
      scenario,
    )
    expect(response.status).toBe(202)
    return (await response.json()) as Job
  }
  const poll = async (id: string) => (await (await get(`/videos/${id}`)).json()) as Job

  it('moves a job from pending through in_progress to completed over three polls', async () => {
    const job = await create()
    expect(job.status).toBe('pending')
    expect(job.polling_url).toBe(`/api/v1/videos/${job.id}`)
    expect((await get(`/videos/${job.id}/content`)).status).toBe(400)
    expect((await poll(job.id)).status).toBe('in_progress')
    expect((await poll(job.id)).status).toBe('in_progress')
    const done = await poll(job.id)
    expect(done.status).toBe('completed')
    expect(done.usage?.cost).toBe(0.2)
    const content = await fetch(done.unsigned_urls?.[0] ?? '', { headers: auth })
    expect(content.headers.get('content-type')).toBe('video/mp4')
    expect(Buffer.from(await content.arrayBuffer())).toEqual(sampleVideoMp4(2))
    expect((await poll(job.id)).status).toBe('completed')
  })

  it('fails a job on the errorAfter-th poll with a 200 whose body carries error', async () => {
    const job = await create({ errorAfter: 2, text: 'content policy' })
    expect((await poll(job.id)).status).toBe('in_progress')
    const response = await get(`/videos/${job.id}`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'failed', error: 'content policy' })
  })

  it('completes on the chunks-th poll, answers 404 for an unknown job, and lists video models', async () => {
    const job = await create({ chunks: 1 })
    expect((await poll(job.id)).status).toBe('completed')
    expect((await get('/videos/job-unknown')).status).toBe(404)
    const models = (await (await get('/videos/models')).json()) as { data: { id: string }[] }
    expect(models.data.map((model) => model.id)).toContain('google/veo-3.1')
  })
})

describe('POST /rerank', () => {
  it('answers results sorted by relevance, top_n of them, echoing each document', async () => {
    const documents = [
      'Berlin is in Germany.',
      'Paris is the capital of France.',
      { text: 'France has wine.' },
    ]
    const response = await postJson(`${server.baseURL}/rerank`, {
      model: 'cohere/rerank-v3.5',
      query: 'capital of France',
      documents,
      top_n: 2,
    })
    expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
    const body = (await response.json()) as {
      results: { index: number; relevance_score: number; document: { text: string } }[]
    }
    expect(body.results.map((result) => result.index)).toEqual([1, 2])
    expect(body.results[0]?.document).toEqual({ text: 'Paris is the capital of France.' })
    expect(body.results[0]?.relevance_score).toBeGreaterThan(body.results[1]?.relevance_score ?? 1)
  })

  it('rejects empty documents and a bad top_n with 400', async () => {
    const base = { model: 'cohere/rerank-v3.5', query: 'q' }
    expect((await postJson(`${server.baseURL}/rerank`, { ...base, documents: [] })).status).toBe(400)
    expect((await postJson(`${server.baseURL}/rerank`, { ...base, documents: ['a'], top_n: 0 })).status).toBe(
      400,
    )
    expect((await postJson(`${server.baseURL}/rerank`, { ...base, documents: [3] })).status).toBe(400)
  })

  it('scores in (0, 1), more shared words first', () => {
    expect(relevance('capital of France', 'Paris is the capital of France')).toBeGreaterThan(
      relevance('capital of France', 'France'),
    )
    expect(relevance('a', 'b')).toBeGreaterThan(0)
    expect(relevance('a', 'a')).toBeLessThan(1)
  })
})
