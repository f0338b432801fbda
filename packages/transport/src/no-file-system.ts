import type { OpenedFile, PlatformCore } from './platform.js'

/** The `openFile` of runtimes without a file system (Workers, browsers): a clear error, no `node:` import. */
export async function noFileSystem(
  path: string,
  field: string,
  { invalidRequest }: Pick<PlatformCore, 'invalidRequest'>,
): Promise<OpenedFile> {
  throw invalidRequest(
    `${field}: ${JSON.stringify(path.slice(0, 200))}: a file path can be read on Node, Bun and Deno only; pass the bytes (a Blob, a Uint8Array or a stream) instead`,
  )
}
