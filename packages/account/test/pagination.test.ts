import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { listAppRankings, listSessionCosts, listUserModels } from '../src/index.js'
import { collect, engines, rejection, scenario, useClient, useMockServer } from './helpers.js'

// The emulator pages the spec's example lists, which hold one row; a scenario answers every page
// with the same body, so these tests drive the paging rules themselves: total_count, short pages,
// the datasets' offset caps, abort.

const mock = useMockServer()
const offsets = (before: number) => mock.server.requests.slice(before).map((request) => request.query.offset)
const rowsOf = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `row-${index}` }))

describe.each(engines)('paged lists on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('walks three pages and stops at total_count', async () => {
    const before = mock.server.requests.length
    const body = { data: rowsOf(1), total_count: 3 }
    const models = await collect(listUserModels({ limit: 1 }, scenario({ body }, { client: client() })))
    expect(models).toHaveLength(3)
    expect(offsets(before)).toEqual(['0', '1', '2'])
  })

  it("walks the emulator's own list, one page of it", async () => {
    const before = mock.server.requests.length
    const models = await collect(listUserModels({ limit: 1 }, { client: client() }))
    expect(models.length).toBeGreaterThan(0)
    expect(offsets(before)).toHaveLength(models.length)
  })

  it('stops at a page shorter than the limit asked for when the answer has no total', async () => {
    const before = mock.server.requests.length
    const cells = await collect(
      listSessionCosts({ limit: 2 }, scenario({ body: { data: rowsOf(1) } }, { client: client() })),
    )
    expect(cells).toHaveLength(1)
    expect(offsets(before)).toEqual(['0'])
  })

  it('stops at the largest offset the operation takes (app rankings: 100)', async () => {
    const before = mock.server.requests.length
    const apps = await collect(
      listAppRankings({ limit: 50 }, scenario({ body: { data: rowsOf(50) } }, { client: client() })),
    )
    expect(apps).toHaveLength(150)
    expect(offsets(before)).toEqual(['0', '50', '100'])
  })

  it('ends with the AbortError of the signal when it is aborted between pages, sending nothing more', async () => {
    const controller = new AbortController()
    const before = mock.server.requests.length
    const body = { data: rowsOf(1), total_count: 3 }
    const seen: unknown[] = []
    const error = await rejection(
      (async () => {
        const options = scenario({ body }, { client: client(), signal: controller.signal })
        for await (const model of listUserModels({ limit: 1 }, options)) {
          seen.push(model)
          controller.abort()
        }
      })(),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(seen).toHaveLength(1)
    expect(offsets(before)).toEqual(['0'])
  })

  it('rejects with kind decode when an answer has no data array', async () => {
    const error = await rejection(
      collect(listUserModels({}, scenario({ body: { models: [] } }, { client: client() }))),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
  })
})
