import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, pagedBody, paginate } from '../src/paginate'
import type { Paging } from '../src/spec-operations'

const CURSOR: Paging = { style: 'cursor', cursor: 'cursor', limit: 'limit', items: 'data', next: 'cursor' }
const OFFSET: Paging = { style: 'offset', offset: 'offset', items: 'data', total: 'total_count' }

describe('paginate', () => {
  it('walks a cursor list in three pages, each cursor leading to the next', () => {
    const items = ['a', 'b', 'c', 'd', 'e']
    const seen: unknown[][] = []
    let cursor: string | null = null
    do {
      const page = paginate(items, { limit: '2', ...(cursor !== null && { cursor }) }, CURSOR)
      if ('error' in page) throw new Error(page.error)
      seen.push(page.items)
      cursor = page.next
    } while (cursor !== null)
    expect(seen).toEqual([['a', 'b'], ['c', 'd'], ['e']])
  })

  it('uses the default page size when the operation takes no limit', () => {
    const items = Array.from({ length: DEFAULT_PAGE_SIZE + 1 }, (_, index) => index)
    const page = paginate(items, {}, OFFSET)
    expect('items' in page && page.items.length).toBe(DEFAULT_PAGE_SIZE)
  })

  it('names the bad parameter', () => {
    expect(paginate([], { offset: '1.5' }, OFFSET)).toEqual({
      error: 'offset must be a non-negative integer',
    })
    expect(paginate([], { cursor: 'eA' }, CURSOR)).toEqual({
      error: 'cursor is not a cursor this server issued',
    })
  })

  it('shapes the answer like the example: items, total, next cursor and has_more', () => {
    const page = { items: [1], total: 3, next: 'abc' }
    expect(pagedBody({ data: [], cursor: null, has_more: false }, page, CURSOR)).toEqual({
      data: [1],
      cursor: 'abc',
      has_more: true,
    })
    expect(pagedBody({ data: [] }, page, OFFSET)).toEqual({ data: [1], total_count: 3 })
  })
})
