import { isOpenRouterError } from '@orsdk/transport'
import { beforeAll, describe, expect, it } from 'vitest'
import { createGuardrail, createKey, listGuardrails, listKeys } from '../src/index.js'
import { collect, engines, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const listRequests = () => mock.server.requests.filter((request) => request.method === 'GET')

// Three guardrails: the spec's example record and these two.
beforeAll(async () => {
  const client = engines[0]?.client(mock.server.baseURL)
  try {
    for (const name of ['second', 'third']) await createGuardrail({ name }, { client })
  } finally {
    await client?.close()
  }
})

describe.each(engines)('paged lists on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('walks three pages of one, asking for each only when the one before is used up, and stops at total_count', async () => {
    const before = mock.server.requests.length
    const seen: string[] = []
    for await (const guardrail of listGuardrails({ limit: 1 }, { client: client() })) {
      seen.push(guardrail.name)
      // Only the page this item came from has been asked for.
      expect(mock.server.requests.length - before).toBe(seen.length)
    }
    expect(seen).toHaveLength(3)
    expect(new Set(seen).size).toBe(3)
    const sent = mock.server.requests.slice(before)
    expect(sent.map((request) => request.query)).toEqual([
      { offset: '0', limit: '1' },
      { offset: '1', limit: '1' },
      { offset: '2', limit: '1' },
    ])
  })

  it('starts from the offset given', async () => {
    const names = (await collect(listGuardrails({ offset: 1, limit: 2 }, { client: client() }))).map(
      (row) => row.name,
    )
    const all = (await collect(listGuardrails({}, { client: client() }))).map((row) => row.name)
    expect(names).toEqual(all.slice(1))
  })

  it('asks for no more pages after a break', async () => {
    const before = mock.server.requests.length
    for await (const _guardrail of listGuardrails({ limit: 1 }, { client: client() })) break
    expect(mock.server.requests.length - before).toBe(1)
  })

  it('ends with the AbortError of the signal when it is aborted between pages, sending nothing more', async () => {
    const controller = new AbortController()
    const before = mock.server.requests.length
    const seen: unknown[] = []
    const error = await rejection(
      (async () => {
        for await (const guardrail of listGuardrails(
          { limit: 1 },
          { client: client(), signal: controller.signal },
        )) {
          seen.push(guardrail)
          controller.abort()
        }
      })(),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(seen).toHaveLength(1)
    expect(mock.server.requests.length - before).toBe(1)
  })

  it('pages a list without total_count or limit (GET /keys) until a page comes back empty', async () => {
    await createKey({ name: 'paged' }, { client: client() })
    const before = listRequests().length
    const keys = await collect(listKeys({}, { client: client() }))
    const sent = listRequests().slice(before)
    expect(sent.map((request) => request.query.offset)).toEqual(['0', String(keys.length)])
  })

  it('iterates afresh each time the same list is iterated', async () => {
    const list = listGuardrails({ limit: 2 }, { client: client() })
    const first = await collect(list)
    const second = await collect(list)
    expect(second).toEqual(first)
  })

  it('rejects with kind decode when an answer has no data array', async () => {
    const error = await rejection(
      collect(listGuardrails({}, scenario({ body: { rows: [] } }, { client: client() }))),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toMatch(/^listGuardrails: the answer has no data array/)
  })
})
