import { decodeError, type JsonResponse } from '@orsdk/transport/protocol'
import type { FileObject } from './types.js'

/** The file of an answer, or a `decode` error for an answer that is not one. */
export function readFile(response: JsonResponse, operation: string): FileObject {
  const file = response.data as Partial<FileObject> | null
  if (typeof file?.id !== 'string')
    throw decodeError(`${operation}: the response is not a file`, JSON.stringify(file), response)
  return file as FileObject
}
