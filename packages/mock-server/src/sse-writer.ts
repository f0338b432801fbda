import type { ServerResponse } from 'node:http'

/** Writes a response body in pieces, honouring backpressure and stopping once the client is gone. */
export interface ChunkWriter {
  /** True once the client left or the server closed. */
  readonly closed: boolean
  /** Writes `text` (re-split into `splitBytes` pieces when set); resolves false when the client is gone. */
  write(text: string): Promise<boolean>
  /** Writes `text` and waits until it reached the socket, so a following reset does not drop it. */
  writeFlushed(text: string): Promise<boolean>
  /** Ends the body. */
  end(): void
}

/** One `: OPENROUTER PROCESSING` SSE comment, as OpenRouter sends while a provider works. */
export const KEEP_ALIVE = ': OPENROUTER PROCESSING\n\n'

/** Creates a {@link ChunkWriter} over `response`; `signal` aborts when the response closes. */
export function createChunkWriter(
  response: ServerResponse,
  signal: AbortSignal,
  splitBytes = 0,
): ChunkWriter {
  const isClosed = (): boolean => signal.aborted || response.destroyed

  const drain = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        response.off('drain', done)
        signal.removeEventListener('abort', done)
        resolve()
      }
      response.on('drain', done)
      signal.addEventListener('abort', done, { once: true })
    })

  const writeOne = async (piece: string | Buffer): Promise<boolean> => {
    if (isClosed()) return false
    if (!response.write(piece)) await drain()
    return !isClosed()
  }

  const write = async (text: string): Promise<boolean> => {
    if (text === '') return !isClosed()
    if (splitBytes <= 0) return writeOne(text)
    const bytes = Buffer.from(text)
    for (let offset = 0; offset < bytes.length; offset += splitBytes) {
      if (!(await writeOne(bytes.subarray(offset, offset + splitBytes)))) return false
      // Yield so each piece leaves as its own packet instead of being coalesced.
      await new Promise((resolve) => setImmediate(resolve))
    }
    return !isClosed()
  }

  const writeFlushed = async (text: string): Promise<boolean> => {
    if (!(await write(text))) return false
    return new Promise((resolve) => {
      const onAbort = (): void => resolve(false)
      signal.addEventListener('abort', onAbort, { once: true })
      response.write('', () => {
        signal.removeEventListener('abort', onAbort)
        resolve(!isClosed())
      })
    })
  }

  return {
    get closed() {
      return isClosed()
    },
    write,
    writeFlushed,
    end: () => {
      if (!isClosed()) response.end()
    },
  }
}
