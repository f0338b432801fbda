import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'
import { postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

interface Embeddings {
  object: string
  model: string
  data: Array<{ object: string; index: number; embedding: number[] | string }>
  usage: { prompt_tokens: number; total_tokens: number; cost: number }
}

async function embed(body: Record<string, unknown>): Promise<Embeddings> {
  const response = await postJson(`${server.baseURL}/embeddings`, {
    model: 'openai/text-embedding-3-small',
    ...body,
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
  return (await response.json()) as Embeddings
}

describe('POST /embeddings', () => {
  it('returns one vector per input for every input shape', async () => {
    const cases: Array<[unknown, number]> = [
      ['one', 1],
      [['a', 'b', 'c'], 3],
      [[1, 2, 3], 1],
      [[[1, 2], [3]], 2],
      [
        [
          { content: [{ type: 'text', text: 'x' }] },
          { content: [{ type: 'image_url', image_url: { url: 'u' } }] },
        ],
        2,
      ],
    ]
    for (const [input, count] of cases) {
      const body = await embed({ input })
      expect(body.object).toBe('list')
      expect(body.data.map((item) => item.index)).toEqual(Array.from({ length: count }, (_, index) => index))
      expect(
        body.data.every((item) => item.object === 'embedding' && (item.embedding as number[]).length === 8),
      ).toBe(true)
      expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens)
    }
  })

  it('returns the same vector for the same text and honours dimensions', async () => {
    const first = await embed({ input: ['same', 'other'], dimensions: 32 })
    const second = await embed({ input: 'same', dimensions: 32 })
    expect(first.data[0]?.embedding).toEqual(second.data[0]?.embedding)
    expect(first.data[1]?.embedding).not.toEqual(first.data[0]?.embedding)
    expect(first.data[0]?.embedding).toHaveLength(32)
  })

  it('returns little-endian float32 base64 when encoding_format is base64', async () => {
    const floats = await embed({ input: 'hello' })
    const encoded = await embed({ input: 'hello', encoding_format: 'base64' })
    const bytes = Buffer.from(encoded.data[0]?.embedding as string, 'base64')
    const decoded = Array.from({ length: bytes.length / 4 }, (_, index) => bytes.readFloatLE(index * 4))
    expect(decoded).toEqual(floats.data[0]?.embedding)
  })

  it('answers 400 when input or model is missing', async () => {
    for (const body of [{ model: 'm' }, { input: 'x' }, { model: 'm', input: [] }]) {
      const response = await postJson(`${server.baseURL}/embeddings`, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 400 } })
    }
  })
})
