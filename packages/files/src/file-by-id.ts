import { concatBytes, invalidRequest, requestBody, requestJson } from '@orsdk/transport/protocol'
import { readFile } from './read-file.js'
import type { FileObject, FilesOptions } from './types.js'

/** The path of a file, or `invalid_request` before any I/O for an id that is not one. */
function filePath(id: unknown, operation: string, rest = ''): string {
  if (typeof id !== 'string' || id === '') throw invalidRequest(`${operation}: id: must be a file id`)
  return `/files/${encodeURIComponent(id)}${rest}`
}

/**
 * The metadata of one stored file (`GET /files/{id}`).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty id, before any I/O; or a 404 for
 * an unknown file), `decode`, `auth`, `rate_limit`, `server`, `timeout` or `transport`; a user's
 * abort rejects with the platform's `AbortError`.
 * @example
 * import { getFile } from '@orsdk/files'
 * const file = await getFile('or_file_011CNha8iCJcU1wXNR6q4V8w')
 * console.log(file.filename, file.mime_type, file.size_bytes)
 */
export async function getFile(id: string, options: FilesOptions = {}): Promise<FileObject> {
  const { provider, workspace_id, ...call } = options
  const path = filePath(id, 'getFile')
  const response = await requestJson(
    { operation: 'files.get', method: 'GET', path, query: { provider, workspace_id } },
    call,
  )
  return readFile(response, 'getFile')
}

/**
 * Deletes a stored file, irreversibly (`DELETE /files/{id}`). Chat calls that cite it fail after.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty id, before any I/O; or a 404 for
 * an unknown or already deleted file), `auth`, `rate_limit`, `server`, `timeout` or `transport`;
 * a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { deleteFile, listFiles } from '@orsdk/files'
 * for await (const file of listFiles()) if (file.filename.startsWith('tmp-')) await deleteFile(file.id)
 */
export async function deleteFile(id: string, options: FilesOptions = {}): Promise<void> {
  const { provider, workspace_id, ...call } = options
  const path = filePath(id, 'deleteFile')
  await requestJson(
    { operation: 'files.delete', method: 'DELETE', path, query: { provider, workspace_id } },
    call,
  )
}

/**
 * The bytes of a file OpenRouter created (`GET /files/{id}/content`), read whole. Uploads are not
 * downloadable (`downloadable: false`): OpenRouter answers those with a 400. A JSON file comes
 * back as its bytes, never parsed.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty id, before any I/O; a 400 for an
 * upload, a 404 for an unknown file), `auth`, `rate_limit`, `server`, `timeout` or `transport`;
 * a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { downloadFile, getFile } from '@orsdk/files'
 * const file = await getFile(id)
 * if (file.downloadable) await writeFile(file.filename, await downloadFile(id))
 */
export async function downloadFile(id: string, options: FilesOptions = {}): Promise<Uint8Array> {
  const { provider, workspace_id, ...call } = options
  const path = filePath(id, 'downloadFile', '/content')
  const response = await requestBody(
    {
      operation: 'files.content',
      method: 'GET',
      path,
      query: { provider, workspace_id },
      rejectErrorBody: false,
    },
    call,
  )
  return readWhole(response.body, Number(response.headers.get('content-length') ?? Number.NaN))
}

/**
 * Reads a body into one array: straight into an array of the announced length when the server
 * gave one (one copy of the file in memory), else joined at the end.
 */
async function readWhole(body: ReadableStream<Uint8Array>, length: number): Promise<Uint8Array> {
  const reader = body.getReader()
  const whole = Number.isSafeInteger(length) && length > 0 ? new Uint8Array(length) : undefined
  const parts: Uint8Array[] = []
  let filled = 0
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value
    if (whole !== undefined && parts.length === 0 && filled + chunk.length <= whole.length) {
      whole.set(chunk, filled)
      filled += chunk.length
    } else parts.push(chunk)
  }
  if (whole === undefined) return concatBytes(parts)
  // A body longer or shorter than announced is still returned as it came.
  return parts.length === 0 ? whole.subarray(0, filled) : concatBytes([whole.subarray(0, filled), ...parts])
}
