import { describe, expect, it } from 'vitest'
import { requestJson } from '../../src/protocol.js'
import { chatSpec, engines, rejection, TEST_KEY, useMockServer } from '../helpers.js'

// Found by the hardening request-params fuzzer: `options.signal` was not checked. Something
// that is not an AbortSignal made the fetch engine throw a bare TypeError
// ("call.signal?.addEventListener is not a function"), and the node engine hand it to undici,
// whose InvalidArgumentError came back as kind 'transport' after the request had started.
// The transport now checks options.signal before any I/O.

const mock = useMockServer()

describe.each(engines)('a signal that is not an AbortSignal on the $name', ({ createClient }) => {
  it('rejects with invalid_request naming options.signal before any I/O', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const error = await rejection(requestJson(chatSpec(), { client, signal: { aborted: false } as never }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect((error as Error).message).toContain('options.signal')
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })
})
