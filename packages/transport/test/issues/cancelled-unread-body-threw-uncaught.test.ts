import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'
import { requestStream } from '../../src/protocol.js'
import { ChunkStream, chatSpec, eventually, scenario, TEST_KEY, useMockServer } from '../helpers.js'

// Found while building the transport: on the node engine, cancelling a response body nobody
// had read (a stream started, then dropped before its first pull) destroyed undici's body
// stream, which emitted 'error' with no listener: an uncaught exception that could crash the
// process. `cancel()` now attaches a no-op 'error' listener before destroying the body.

const mock = useMockServer()

describe('cancelling an unread body on the node engine', () => {
  it('raises no uncaught exception and closes the socket when a stream body is cancelled before any read', async () => {
    const uncaught: unknown[] = []
    const listen = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', listen)
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      for (let index = 0; index < 20; index++) {
        const stream = new ChunkStream(
          await requestStream(chatSpec(true), scenario({ chunks: 20, chunkDelayMs: 5 }, { client })),
        )
        stream.abort(new Error('the caller went away'))
      }
      await eventually(() => mock.server.openConnections() === 0, 5000)
      // An 'error' emitted on destroy lands on a later tick: give it a few.
      await new Promise((resolve) => setImmediate(resolve))
      expect(uncaught).toEqual([])
    } finally {
      process.off('uncaughtException', listen)
      await client.close()
    }
  })
})
