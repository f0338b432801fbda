import type { FileHandle } from 'node:fs/promises'
import type { OpenedFile, PlatformCore } from './platform.js'

// Read in pieces of this size as the upload is sent: a file is never held whole.
const PIECE_BYTES = 64 * 1024

/**
 * Checks that `path` is a readable file and returns a stream of it that opens the file on its
 * first read and closes it at the end, on an error and when cancelled (an aborted upload).
 */
export async function openFile(
  path: string,
  field: string,
  { invalidRequest }: Pick<PlatformCore, 'invalidRequest'>,
): Promise<OpenedFile> {
  // Loaded here, not at import: a client that never uploads a file never pays for them.
  const [{ open, stat }, { basename }] = await Promise.all([import('node:fs/promises'), import('node:path')])
  let size: number
  try {
    const info = await stat(path)
    if (!info.isFile()) throw new Error('not a regular file')
    size = info.size
  } catch (error) {
    const reason = (error as { code?: string }).code ?? (error as Error).message
    throw invalidRequest(`${field}: cannot read ${JSON.stringify(path)} (${reason})`, error)
  }
  let handle: FileHandle | undefined
  const release = async () => {
    const open = handle
    handle = undefined
    await open?.close()
  }
  const data = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          handle ??= await open(path, 'r')
          const piece = new Uint8Array(PIECE_BYTES)
          const { bytesRead } = await handle.read(piece, 0, PIECE_BYTES, null)
          if (bytesRead > 0) return controller.enqueue(piece.subarray(0, bytesRead))
          await release()
          controller.close()
        } catch (error) {
          await release()
          throw error
        }
      },
      cancel: release,
    },
    { highWaterMark: 0 },
  )
  return { data, filename: basename(path), size }
}
