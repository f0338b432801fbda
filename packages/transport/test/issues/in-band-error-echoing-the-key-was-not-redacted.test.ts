import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  EventStream,
  errorFromBody,
  parseEventData,
  requestStream,
  type StreamProtocol,
} from '../../src/protocol.js'
import { ChunkStream, chatSpec, engines, rejection, scenario, TEST_KEY, useMockServer } from '../helpers.js'

// Found by the hardening secrets sweep: the transport redacted the caller's key from the errors
// it built while sending, but an in-band stream error is built later, by the protocol's decode,
// and was never redacted. An upstream or proxy that echoed the key in an in-band error chunk
// put it in error.message, JSON.stringify(error) and util.inspect(error), where the same body
// as an HTTP error was redacted. A stream source now carries the call's redactor, and every
// error a stream throws goes through it, whatever the protocol.

const mock = useMockServer()
const everything = (error: unknown) =>
  `${inspect(error, { depth: 10, showHidden: true })}${JSON.stringify(error)}`

// Anthropic-style `event: error`, decoded by a protocol of the test's own.
const anthropicStyle: StreamProtocol<unknown, undefined> = {
  name: 'anthropic-style stream',
  decode(message, context) {
    throw errorFromBody(parseEventData(message, 'anthropic-style stream', context), context)
  },
  encode: () => '',
  encodeError: () => '',
  accumulate: () => ({ add: () => {}, result: () => undefined }),
}

describe.each(engines)('an in-band error that echoes the key on the $name', ({ createClient }) => {
  it('keeps the key out of a chat-style stream error', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const chunk = `data: {"error":{"code":502,"message":"bad key ${TEST_KEY}"}}\n\n`
      const source = await requestStream(chatSpec(true), scenario({ raw: [chunk] }, { client }))
      const error = await rejection(new ChunkStream(source).allChunks())
      expect(error).toMatchObject({ kind: 'server', message: expect.stringContaining('bad key [redacted]') })
      expect(everything(error)).not.toContain(TEST_KEY)
    } finally {
      await client.close()
    }
  })

  it('keeps the key out of an error decoded by any other protocol', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const event = `event: error\ndata: {"type":"error","error":{"type":"api_error","message":"bad key ${TEST_KEY}"}}\n\n`
      const source = await requestStream(chatSpec(true), scenario({ raw: [event] }, { client }))
      const error = await rejection(
        (async () => {
          for await (const _ of new EventStream(source, anthropicStyle));
        })(),
      )
      expect(error).toMatchObject({ kind: 'server' })
      expect(everything(error)).not.toContain(TEST_KEY)
    } finally {
      await client.close()
    }
  })
})
