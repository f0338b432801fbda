/** One page of a list: its items, and what asks for the next page (absent on the last). */
export interface Page<Item, Cursor> {
  items: readonly Item[]
  next?: Cursor
}

/**
 * A paged list as one async iterable: it asks for the first page when iteration starts, and
 * for each next page only once the consumer has taken every item of the one before. Each page
 * request gets the call's `signal`, so an abort ends the iteration with its `AbortError`;
 * breaking out of the loop asks for no more pages.
 *
 * @example
 * export function listKeys(options: CallOptions = {}): AsyncIterable<ApiKey> {
 *   return paginate(async (offset = 0) => {
 *     const { data } = await requestJson({ operation: 'keys.list', method: 'GET', path: '/keys', query: { offset } }, options)
 *     const items = (data as { data: ApiKey[] }).data
 *     return { items, next: items.length > 0 ? offset + items.length : undefined }
 *   })
 * }
 */
export function paginate<Item, Cursor>(
  fetchPage: (cursor: Cursor | undefined) => Promise<Page<Item, Cursor>>,
): AsyncIterable<Item> {
  return {
    async *[Symbol.asyncIterator]() {
      let cursor: Cursor | undefined
      do {
        const page = await fetchPage(cursor)
        yield* page.items
        cursor = page.next
      } while (cursor !== undefined)
    },
  }
}
