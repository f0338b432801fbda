import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type EmbeddingsParams, embeddings } from '../src/index.js'
import { engines, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const model = 'openai/text-embedding-3-small'
const norm = (vector: ArrayLike<number>) => Math.sqrt(Array.from(vector).reduce((sum, x) => sum + x * x, 0))

describe.each(engines)('embeddings on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('returns one float vector and usage when the input is a string', async () => {
    const result = await embeddings({ model, input: 'a cat' }, { client: client() })
    expect(result.object).toBe('list')
    expect(result.data).toHaveLength(1)
    expect(result.data[0]?.embedding).toHaveLength(8)
    expect(norm(result.data[0]?.embedding ?? [])).toBeCloseTo(1, 5)
    expect(result.usage?.prompt_tokens).toBeGreaterThan(0)
    expect(result.generationId).toMatch(/^gen-/)
  })

  it.each<[string, EmbeddingsParams['input'], number]>([
    ['strings', ['a cat', 'a dog', 'a fish'], 3],
    ['one token array', [1, 2, 3], 1],
    ['token arrays', [[1, 2], [3]], 2],
    [
      'multimodal inputs',
      [
        {
          content: [
            { type: 'text', text: 'cat' },
            { type: 'image_url', image_url: { url: 'https://x/cat.png' } },
          ],
        },
      ],
      1,
    ],
  ])('returns a vector per input when the input is %s', async (_name, input, count) => {
    const result = await embeddings({ model, input }, { client: client() })
    expect(result.data.map((item) => item.index)).toEqual([...Array(count).keys()])
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ input })
  })

  it('decodes base64 vectors to Float32Array equal to the float ones when encoding_format is base64', async () => {
    const floats = await embeddings({ model, input: ['x', 'y'], dimensions: 16 }, { client: client() })
    const packed = await embeddings(
      { model, input: ['x', 'y'], dimensions: 16, encoding_format: 'base64' },
      { client: client() },
    )
    expect(packed.data[0]?.embedding).toBeInstanceOf(Float32Array)
    expect(packed.data[1]?.embedding).toHaveLength(16)
    expect(Array.from(packed.data[1]?.embedding ?? [])).toEqual(
      Array.from(Float32Array.from(floats.data[1]?.embedding ?? [])),
    )
  })

  it('sends dimensions, input_type, provider and unknown fields untouched when they are given', async () => {
    const body = {
      model,
      input: 'q',
      dimensions: 4,
      input_type: 'search_query',
      provider: { order: ['openai'], allow_fallbacks: false },
      user: 'user-1',
      ...{ future_field: true },
    }
    const result = await embeddings(body, { client: client() })
    expect(result.data[0]?.embedding).toHaveLength(4)
    expect(mock.server.requests.at(-1)?.body).toEqual(body)
  })

  it('rejects with the mapped kind when the HTTP status is an error', async () => {
    const error = await rejection(
      embeddings({ model, input: 'x' }, scenario({ status: 413 }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect(isOpenRouterError(error) && error.status).toBe(413)
  })

  it.each<[string, unknown, RegExp]>([
    ['a missing model', { input: 'x' }, /^embeddings: model: is required/],
    ['an empty model', { model: '', input: 'x' }, /^embeddings: model: must not be empty/],
    ['a missing input', { model }, /^embeddings: input: is required/],
    ['an empty input string', { model, input: '' }, /^embeddings: input: must not be empty/],
    ['an empty input array', { model, input: [] }, /^embeddings: input: must not be empty/],
    ['an input of the wrong type', { model, input: 42 }, /^embeddings: input: must be a string/],
    ['a bad item in the input', { model, input: ['ok', true] }, /^embeddings: input\[1\]: /],
    ['zero dimensions', { model, input: 'x', dimensions: 0 }, /^embeddings: dimensions: must be at least 1$/],
    [
      'fractional dimensions',
      { model, input: 'x', dimensions: 1.5 },
      /^embeddings: dimensions: must be an integer$/,
    ],
    [
      'an unknown encoding_format',
      { model, input: 'x', encoding_format: 'int8' },
      /^embeddings: encoding_format: must be 'float' or 'base64'/,
    ],
  ])('rejects %s before any I/O with the field path', async (_name, body, message) => {
    const before = mock.server.requests.length
    const error = await rejection(embeddings(body as EmbeddingsParams, { client: client() }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(message)
    expect(mock.server.requests.length).toBe(before)
  })
})
