import { invalidRequest } from '@orsdk/transport/protocol'
import type { OpenedFile } from './file-path.node.js'

/** Outside Node, Bun and Deno there is no file system to read a path from. */
export async function openFilePath(_path: string, operation: string): Promise<OpenedFile> {
  throw invalidRequest(
    `${operation}: file.path: a file path can be read on Node, Bun and Deno only; pass { data, filename } (a Blob, bytes or a stream) instead`,
  )
}
