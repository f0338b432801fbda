import {
  clientEngines,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { rerank } from '../src/index.js'

const mock = useMockServer()
const MODEL = 'cohere/rerank-v3.5'
const documents = [
  'Berlin is the capital of Germany.',
  'Paris is the capital of France.',
  { text: 'France is known for wine.' },
  'Bananas are yellow.',
]

describe.each(clientEngines(createClient))('rerank on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('resolves the results best first, with original indices and documents as passed', async () => {
    const response = await rerank(
      { model: MODEL, query: 'capital of France', documents },
      { client: client() },
    )
    expect(response.results.map((result) => result.index)).toEqual([1, 0, 2, 3])
    expect(response.results[0]?.document).toBe('Paris is the capital of France.')
    expect(response.results[2]?.document).toBe(documents[2])
    const scores = response.results.map((result) => result.relevance_score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(response.model).toBe(MODEL)
    expect(response.usage?.search_units).toBe(1)
    expect(response.generationId).toMatch(/^gen-/)
    expect(mock.server.requests.at(-1)?.body).toEqual({ model: MODEL, query: 'capital of France', documents })
  })

  it('sends top_n and provider, and returns only the best top_n', async () => {
    const response = await rerank(
      { model: MODEL, query: 'capital of France', documents, top_n: 2, provider: { only: ['cohere'] } },
      { client: client() },
    )
    expect(response.results.map((result) => result.index)).toEqual([1, 0])
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ top_n: 2, provider: { only: ['cohere'] } })
  })

  it('sorts results best first even when the answer is not sorted, and keeps unknown fields', async () => {
    const body = {
      model: MODEL,
      results: [
        { index: 0, relevance_score: 0.1, document: { text: 'a' } },
        { index: 1, relevance_score: 0.9, document: { text: 'b' }, extra: true },
      ],
    }
    const response = await rerank(
      { model: MODEL, query: 'q', documents: ['a', 'b'] },
      scenario({ body }, { client: client() }),
    )
    expect(response.results).toEqual([
      { index: 1, relevance_score: 0.9, document: 'b', extra: true },
      { index: 0, relevance_score: 0.1, document: 'a' },
    ])
  })

  it('rejects with decode when the answer has no results or an index out of range', async () => {
    const noResults = await rejection(
      rerank(
        { model: MODEL, query: 'q', documents: ['a'] },
        scenario({ body: { model: MODEL } }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(noResults) && noResults.kind).toBe('decode')
    const outOfRange = await rejection(
      rerank(
        { model: MODEL, query: 'q', documents: ['a'] },
        scenario(
          { body: { model: MODEL, results: [{ index: 3, relevance_score: 1 }] } },
          { client: client() },
        ),
      ),
    )
    expect(isOpenRouterError(outOfRange) && outOfRange.message).toContain('no valid index (0 to 0)')
  })

  it('rejects bad params before any I/O, naming the field', async () => {
    const options = { client: client() }
    const base = { model: MODEL, query: 'q', documents: ['a', 'b'] }
    await expectInvalid(mock.server, rerank({ ...base, query: '' }, options), 'query')
    await expectInvalid(mock.server, rerank({ ...base, documents: [] }, options), 'documents')
    await expectInvalid(mock.server, rerank({ ...base, documents: ['a', {}] }, options), 'documents[1]')
    const tooMany = await expectInvalid(mock.server, rerank({ ...base, top_n: 3 }, options), 'top_n')
    expect(tooMany).toBe('rerank: top_n: must not be more than the number of documents')
    await expectInvalid(mock.server, rerank({ ...base, top_n: 0 }, options), 'top_n')
    await expectInvalid(mock.server, rerank({ ...base, top_n: 1.5 }, options), 'top_n')
    await expectInvalid(mock.server, rerank({ query: 'q', documents: ['a'] } as never, options), 'model')
  })

  it('rejects with the mapped error on an HTTP error', async () => {
    const error = await rejection(
      rerank(
        { model: MODEL, query: 'q', documents: ['a'] },
        scenario({ status: 429, retryAfter: 2 }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(error) && [error.kind, error.retryAfterMs]).toEqual(['rate_limit', 2000])
  })
})
