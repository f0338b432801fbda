import { inspect } from 'node:util'
import { chatStream } from '@orsdk/chat'
import { messagesStream } from '@orsdk/messages'
import { describe, expect, it } from 'vitest'
import { engines } from '../support/engines.js'
import { TEST_KEY } from '../support/keys.js'
import { failureOf, scenarioHeaders, useMockServer } from '../support/mock.js'

// Found by the secrets sweep (test/secrets/secrets.test.ts): transport redacts the caller's key
// from errors built in send.ts (redactError), but an in-band error of a stream is built later,
// by the protocol's decode (errorFromBody in stream-protocol.ts / the messages protocol), and
// is never redacted. An upstream or proxy that echoes the key in an in-band error chunk puts
// it in error.message, JSON.stringify(error) and util.inspect(error). HTTP errors with the same
// body are redacted. Expected: no key in any form of the error.
// Fixed: the SseResponse carries a redactor for the call's key, applied to every stream error.

const mock = useMockServer()
const user = [{ role: 'user' as const, content: 'Hi' }]

describe.each(engines)('an in-band error that echoes the key on the $name engine', ({ createClient }) => {
  it('keeps the key out of a chat stream error', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const chunk = `data: {"error":{"code":502,"message":"bad key ${TEST_KEY}"}}\n\n`
      const stream = await chatStream(
        { model: 'openai/gpt-4o-mini', messages: user },
        { client, headers: scenarioHeaders({ raw: [chunk] }) },
      )
      const error = await failureOf(() => stream.finalCompletion())
      expect(error).toMatchObject({ kind: 'server' })
      expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TEST_KEY)
    } finally {
      await client.close()
    }
  })

  it('keeps the key out of a messages stream error', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const event = `event: error\ndata: {"type":"error","error":{"type":"api_error","message":"bad key ${TEST_KEY}"}}\n\n`
      const stream = await messagesStream(
        { model: 'anthropic/claude-haiku-4.5', max_tokens: 16, messages: user },
        { client, headers: scenarioHeaders({ raw: [event] }) },
      )
      const error = await failureOf(() => stream.finalMessage())
      expect(error).toMatchObject({ kind: 'server' })
      expect(JSON.stringify(error)).not.toContain(TEST_KEY)
    } finally {
      await client.close()
    }
  })
})
