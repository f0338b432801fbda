import type { Paging } from './spec-operations'

/** Page size of a list whose operation takes no limit (GET /keys takes only `offset`). */
export const DEFAULT_PAGE_SIZE = 100

/** One page of a list, or why the paging parameters are invalid. */
export type Page = { items: unknown[]; total: number; next: string | null } | { error: string }

/**
 * Cuts one page out of `items` as the spec's parameters ask: `offset` + `limit`, or an opaque
 * `cursor` (the emulator's cursors encode an offset) + `limit`.
 */
export function paginate(items: readonly unknown[], query: Record<string, string>, pages: Paging): Page {
  const limitText = pages.limit === undefined ? undefined : query[pages.limit]
  const limit = limitText === undefined ? (pages.defaultLimit ?? DEFAULT_PAGE_SIZE) : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1) return { error: `${pages.limit} must be a positive integer` }
  let offset = 0
  if (pages.style === 'offset') {
    const text = query[pages.offset]
    offset = text === undefined || text === '' ? 0 : Number(text)
    if (!Number.isInteger(offset) || offset < 0)
      return { error: `${pages.offset} must be a non-negative integer` }
  } else if (query[pages.cursor] !== undefined) {
    const decoded = /^offset:(\d+)$/.exec(
      Buffer.from(query[pages.cursor] ?? '', 'base64url').toString('utf8'),
    )
    if (decoded === null) return { error: `${pages.cursor} is not a cursor this server issued` }
    offset = Number(decoded[1])
  }
  const end = offset + limit
  const next = end < items.length ? Buffer.from(`offset:${end}`).toString('base64url') : null
  return { items: items.slice(offset, end), total: items.length, next }
}

/** A list answer shaped like the spec's example: its fields, with the page's items, total and cursor. */
export function pagedBody(
  example: Record<string, unknown>,
  page: { items: unknown[]; total: number; next: string | null },
  pages: Paging,
): Record<string, unknown> {
  const body: Record<string, unknown> = { ...example, [pages.items]: page.items }
  if (pages.style === 'offset' && pages.total !== undefined) body[pages.total] = page.total
  if (pages.style === 'cursor') body[pages.next] = page.next
  if ('has_more' in example) body.has_more = page.next !== null
  return body
}
