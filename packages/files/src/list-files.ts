import { decodeError, invalidRequest, paginate, requestJson } from '@orsdk/transport/protocol'
import type { FileObject, ListFilesOptions } from './types.js'

/** A page of `GET /files` (spec `OpenRouterFileList`; OpenAI's and Anthropic's shapes page by `last_id`). */
interface FilePage {
  data?: FileObject[]
  has_more?: boolean
  cursor?: string | null
  last_id?: string | null
}

/** What asks for the next page: OpenRouter's opaque cursor, or the last id where a shape has none. */
type Cursor = { cursor: string } | { after: string }

/**
 * Every stored file, oldest first, as an async iterable: it asks for a page (`limit` files) when
 * iteration starts and for the next only once you have taken every file of the one before.
 * Breaking out asks for no more; an abort (`signal`) ends the iteration with its `AbortError`.
 *
 * @throws `OpenRouterError` of kind `invalid_request` when called with a `limit` outside 1 to
 * 1000 (at once, before any I/O); the iteration throws `auth`, `rate_limit`, `server`,
 * `timeout`, `transport` or `decode` (a page without a data array).
 * @example
 * import { listFiles } from '@orsdk/files'
 * for await (const file of listFiles({ limit: 100 })) console.log(file.id, file.filename, file.size_bytes)
 */
export function listFiles(options: ListFilesOptions = {}): AsyncIterable<FileObject> {
  const { limit, provider, workspace_id, ...call } = options
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 1000))
    throw invalidRequest('listFiles: options.limit: must be an integer from 1 to 1000')
  return paginate<FileObject, Cursor>(async (cursor) => {
    const response = await requestJson(
      {
        operation: 'files.list',
        method: 'GET',
        path: '/files',
        query: { limit, ...cursor, provider, workspace_id },
      },
      call,
    )
    const page = response.data as FilePage | null
    if (!Array.isArray(page?.data))
      throw decodeError('listFiles: a page has no data array', JSON.stringify(page), response)
    const more = page.has_more === true && page.data.length > 0
    const next: Cursor | undefined = !more
      ? undefined
      : typeof page.cursor === 'string'
        ? { cursor: page.cursor }
        : typeof page.last_id === 'string'
          ? { after: page.last_id }
          : undefined
    return { items: page.data, next }
  })
}
