import { describe, expect, it } from 'vitest'
import { createClient, isOpenRouterError, type Middleware, type MiddlewareRequest } from '../src/index.js'
import {
  callOperation,
  type ListOperation,
  listOperation,
  type Operation,
  pageQuery,
} from '../src/protocol.js'
import { closeAfterEach, collect, rejection, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()
const track = closeAfterEach()

/** A client whose only "server" is `answer`: every request it would send is recorded instead. */
function recording(answer: (request: MiddlewareRequest) => unknown = () => ({})) {
  const requests: MiddlewareRequest[] = []
  const server: Middleware = async (request) => {
    requests.push(request)
    return { type: 'json', status: 200, headers: new Headers(), data: answer(request) }
  }
  const client = track(
    createClient({ apiKey: TEST_KEY, baseURL: 'http://orsdk.invalid/api/v1', middleware: [server] }),
  )
  return { client, requests }
}

const getKey: Operation = { name: 'getKey', method: 'GET', path: '/keys/{hash}', management: true }
const patchKey: Operation = { name: 'updateKey', method: 'PATCH', path: '/keys/{hash}', management: true }
const listKeys = (extra: Partial<ListOperation> = {}): ListOperation => ({
  name: 'listKeys',
  method: 'GET',
  path: '/keys',
  schema: () => pageQuery(100),
  ...extra,
})

describe('callOperation', () => {
  it('fills the path template URL-encoded, sends GET params as the query and names the operation', async () => {
    const { client, requests } = recording(() => ({ data: { hash: 'a/b' } }))
    const answer = await callOperation<{ data: { hash: string } }>(
      getKey,
      { path: { hash: 'a/b?#' }, params: { include: true, skip: undefined } },
      { client },
    )
    expect(answer).toEqual({ data: { hash: 'a/b' } })
    expect(requests).toHaveLength(1)
    expect(requests[0]?.operation).toBe('getKey')
    expect(requests[0]?.url).toBe('http://orsdk.invalid/api/v1/keys/a%2Fb%3F%23?include=true')
    expect(requests[0]?.body).toBeUndefined()
  })

  it('sends the params of a PATCH as the JSON body', async () => {
    const { client, requests } = recording()
    await callOperation(patchKey, { path: { hash: 'h1' }, params: { disabled: true } }, { client })
    expect(requests[0]?.method).toBe('PATCH')
    expect(requests[0]?.body).toEqual({ disabled: true })
  })

  it.each([
    ['an empty path parameter', { path: { hash: ' ' } }, 'getKey: hash: must be a non-empty string, got " "'],
    ['a missing path parameter', {}, 'getKey: hash: must be a non-empty string, got undefined'],
    [
      'params that are not an object',
      { path: { hash: 'h' }, params: [1] },
      'getKey: params: must be an object',
    ],
    [
      'a query value that is an object',
      { path: { hash: 'h' }, params: { filter: { a: 1 } } },
      'getKey: filter: must be a string, a number or a boolean, got object',
    ],
  ])('rejects %s before any I/O', async (_, input, message) => {
    const { client, requests } = recording()
    const error = await rejection(callOperation(getKey, input, { client }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toBe(message)
    expect(requests).toHaveLength(0)
  })

  it("checks params against the operation's schema before any I/O", async () => {
    const { client, requests } = recording()
    const error = await rejection(collect(listOperation(listKeys(), { params: { limit: 500 } }, { client })))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^listKeys: .*limit.*1 to 100/)
    expect(requests).toHaveLength(0)
  })

  it('tells a caller with an ordinary key that a management operation needs a management key', async () => {
    const client = track(createClient({ apiKey: TEST_KEY, baseURL: mock.server.baseURL }))
    const error = await rejection(callOperation(getKey, { path: { hash: 'abc' } }, { client }))
    expect(isOpenRouterError(error) && error.status).toBe(403)
    expect((error as Error).message).toMatch(/^getKey: .*This operation needs a management key/)
    expect((error as Error).message).not.toContain(TEST_KEY)
  })

  it('leaves the 403 of an operation not marked management as it came', async () => {
    const client = track(createClient({ apiKey: TEST_KEY, baseURL: mock.server.baseURL }))
    const error = await rejection(
      callOperation({ ...getKey, management: false }, { path: { hash: 'abc' } }, { client }),
    )
    expect(isOpenRouterError(error) && error.status).toBe(403)
    expect((error as Error).message).not.toContain('management key: create one')
  })
})

describe('listOperation', () => {
  /** A list of `total` numbered items served in pages of `limit` (or 3), with `total_count` when asked. */
  const pages = (total: number, withCount: boolean) => (request: MiddlewareRequest) => {
    const url = new URL(request.url)
    const offset = Number(url.searchParams.get('offset') ?? 0)
    const limit = Number(url.searchParams.get('limit') ?? 3)
    const data = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i)
    return withCount ? { data, total_count: total } : { data }
  }
  const offsets = (requests: MiddlewareRequest[]) =>
    requests.map((r) => new URL(r.url).searchParams.get('offset'))

  it('asks for nothing until iterated, then pages by offset until total_count', async () => {
    const { client, requests } = recording(pages(7, true))
    const items = listOperation<number>(listKeys(), {}, { client })
    expect(requests).toHaveLength(0)
    expect(await collect(items)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(offsets(requests)).toEqual(['0', '3', '6'])
  })

  it('stops at a page shorter than the limit asked for when there is no total_count', async () => {
    const { client, requests } = recording(pages(5, false))
    expect(await collect(listOperation<number>(listKeys(), { params: { limit: 2 } }, { client }))).toEqual([
      0, 1, 2, 3, 4,
    ])
    expect(offsets(requests)).toEqual(['0', '2', '4'])
  })

  it('stops at an empty page when there is neither total_count nor limit', async () => {
    const { client, requests } = recording(pages(6, false))
    expect(await collect(listOperation<number>(listKeys(), {}, { client }))).toHaveLength(6)
    expect(offsets(requests)).toEqual(['0', '3', '6'])
  })

  it("stops past the operation's largest offset", async () => {
    const { client, requests } = recording(pages(100, false))
    const items = await collect(
      listOperation<number>(listKeys({ maxOffset: 4 }), { params: { limit: 2 } }, { client }),
    )
    expect(items).toEqual([0, 1, 2, 3, 4, 5])
    expect(offsets(requests)).toEqual(['0', '2', '4'])
  })

  it('fails with a decode error naming the operation when an answer has no data array', async () => {
    const { client } = recording(() => ({ keys: [] }))
    const error = await rejection(collect(listOperation(listKeys(), {}, { client })))
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toMatch(/^listKeys: the answer has no data array/)
  })
})
