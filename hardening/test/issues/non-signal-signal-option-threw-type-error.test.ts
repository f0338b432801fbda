import { chat } from '@orsdk/chat'
import { describe, expect, it } from 'vitest'
import { engines } from '../support/engines.js'
import { TEST_KEY } from '../support/keys.js'
import { failureOf, useMockServer } from '../support/mock.js'

// Found by the request-params fuzzer: `options.signal` is not checked. Something that is not
// an AbortSignal makes the fetch engine throw a bare TypeError ("call.signal?.addEventListener
// is not a function"), and the node engine hand it to undici, whose InvalidArgumentError comes
// back as kind 'transport' ("could not reach OpenRouter") after the request was started.
// Expected on both engines: OpenRouterError invalid_request naming options.signal, before any I/O.
// Fixed: the transport checks options.signal before any I/O.

const mock = useMockServer()
const params = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hi' }] }

describe.each(engines)('a signal that is not an AbortSignal on the $name engine', ({ createClient }) => {
  it('rejects with invalid_request naming options.signal before any I/O', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const error = await failureOf(() => chat(params, { client, signal: { aborted: false } as never }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect((error as Error).message).toContain('signal')
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })
})
