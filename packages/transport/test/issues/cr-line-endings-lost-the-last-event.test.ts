import { describe, expect, it } from 'vitest'
import { requestStream } from '../../src/protocol.js'
import { ChunkStream, chatSpec, collect, engines, scenario, TEST_KEY, useMockServer } from '../helpers.js'

// Found while building the transport: eventsource-parser holds a trailing CR back in case an
// LF follows it, so with CR-only line endings (allowed by the SSE spec) the blank line after
// the last event was never seen. `data: [DONE]` was lost, and a complete stream was reported
// as `stream_disconnect`. The iterator now feeds a final LF at the end of the body.

const mock = useMockServer()

describe.each(engines)('CR line endings on the $name', ({ createClient }) => {
  it('delivers every event and ends cleanly when a stream uses CR-only line endings', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const source = await requestStream(
        chatSpec(true),
        scenario({ raw: ['data: {"n":1}\r\r', 'data: {"n":2}\r\r', 'data: [DONE]\r\r'] }, { client }),
      )
      const items = await collect(new ChunkStream(source))
      expect(items).toEqual([{ n: 1 }, { n: 2 }])
    } finally {
      await client.close()
    }
  })
})
