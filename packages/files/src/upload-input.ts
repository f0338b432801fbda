import { invalidRequest, openFilePath } from '@orsdk/transport/protocol'
import { isStoredType, STORED_TYPES, typeOfFilename } from './file-types.js'
import type { UploadData, UploadPath, UploadSource } from './types.js'

/**
 * OpenRouter's limit for one file, 100 MB: `uploadFile` refuses a larger one before any I/O.
 *
 * @example
 * import { MAX_FILE_BYTES } from '@orsdk/files'
 * if (blob.size > MAX_FILE_BYTES) console.log('split it first')
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** An upload checked and ready for the form: its bytes, name, type and purpose. */
export interface CheckedUpload {
  data: UploadSource
  filename: string
  mime: string
  purpose?: string
}

const describe = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : typeof value

function sizeOf(data: UploadSource): number | undefined {
  if (data instanceof Uint8Array || data instanceof ArrayBuffer) return data.byteLength
  if (data instanceof Blob) return data.size
  return undefined
}

function isSource(data: unknown): data is UploadSource {
  return (
    data instanceof Uint8Array ||
    data instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && data instanceof Blob) ||
    (typeof ReadableStream !== 'undefined' && data instanceof ReadableStream)
  )
}

/**
 * Checks an upload before any network I/O (a path is looked up on disk): bytes of a kind that can
 * be sent, a filename, a type OpenRouter stores (given, the Blob's, or the extension's), and a
 * size within 0 to 100 MB where it is known. Errors name the field: `uploadFile: file.mime: ...`.
 */
export async function checkUpload(
  file: UploadData | UploadPath | string,
  operation: string,
): Promise<CheckedUpload> {
  if (typeof file !== 'string' && (typeof file !== 'object' || file === null))
    throw invalidRequest(
      `${operation}: file: must be { data, filename } or a file path, not ${describe(file)}`,
    )
  const input: Partial<UploadData & UploadPath> = typeof file === 'string' ? { path: file } : file
  const { path, mime, purpose } = input
  let data: UploadSource
  let filename: unknown = input.filename
  let size: number | undefined
  if (path !== undefined) {
    if (typeof path !== 'string' || path === '')
      throw invalidRequest(`${operation}: file.path: must be a file path`)
    const opened = await openFilePath(path, `${operation}: file.path`)
    data = opened.data
    filename ??= opened.filename
    size = opened.size
  } else {
    if (!isSource(input.data))
      throw invalidRequest(
        `${operation}: file.data: must be a Uint8Array, ArrayBuffer, Blob or ReadableStream, not ${describe(input.data)}`,
      )
    data = input.data
    size = sizeOf(data)
  }
  const field = path === undefined ? 'data' : 'path'
  try {
    if (typeof filename !== 'string' || filename === '')
      throw invalidRequest(`${operation}: file.filename: must be a non-empty string`)
    if (purpose !== undefined && (typeof purpose !== 'string' || purpose === ''))
      throw invalidRequest(`${operation}: file.purpose: must be a non-empty string`)
    if (size === 0) throw invalidRequest(`${operation}: file.${field}: must not be empty`)
    if (size !== undefined && size > MAX_FILE_BYTES)
      throw invalidRequest(
        `${operation}: file.${field}: is ${(size / 1024 / 1024).toFixed(1)} MB; OpenRouter stores files up to 100 MB`,
      )
    const type = fileType(mime, data, filename, operation)
    return { data, filename, mime: type, ...(purpose === undefined ? {} : { purpose }) }
  } catch (error) {
    // A file opened for nothing: release it.
    if (data instanceof ReadableStream && path !== undefined) await data.cancel(error)
    throw error
  }
}

function fileType(mime: unknown, data: UploadSource, filename: string, operation: string): string {
  if (mime !== undefined && typeof mime !== 'string')
    throw invalidRequest(`${operation}: file.mime: must be a string`)
  const blobType = data instanceof Blob && data.type !== '' ? data.type : undefined
  const type = mime || blobType || typeOfFilename(filename)
  if (type === undefined)
    throw invalidRequest(
      `${operation}: file.mime: cannot tell the type of ${JSON.stringify(filename)}: name it with its extension or pass mime; OpenRouter stores ${STORED_TYPES}`,
    )
  if (!isStoredType(type))
    throw invalidRequest(`${operation}: file.mime: ${type} is not a type OpenRouter stores: ${STORED_TYPES}`)
  return type
}
