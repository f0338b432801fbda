import type { OpenedFile } from './platform.js'
import { platform } from './platform-instance.js'

/**
 * Opens a file by path for an upload, on Node, Bun and Deno: its size, its base name, and its bytes
 * as a stream read as the body is sent (never whole), closed at the end or when the upload is
 * cancelled. Elsewhere (Workers, browsers) it rejects with `invalid_request` naming `field`.
 *
 * @example
 * const { data, filename, size } = await openFilePath('report.pdf', 'uploadFile: file.path')
 */
export function openFilePath(path: string, field: string): Promise<OpenedFile> {
  return platform.openFile(path, field)
}
