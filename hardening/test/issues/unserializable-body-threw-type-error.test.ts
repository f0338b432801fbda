import { chat } from '@orsdk/chat'
import { describe, expect, it } from 'vitest'
import { engines } from '../support/engines.js'
import { TEST_KEY } from '../support/keys.js'
import { failureOf, useMockServer } from '../support/mock.js'

// Found by the request-params fuzzer (test/fuzz/request-params.test.ts): schemas are loose, so
// an extra field the schema does not know passes validation; if it holds a BigInt (or the
// params hold a cycle), transport's encodeBody (send.ts) calls JSON.stringify and the call
// rejects with a bare TypeError ("Do not know how to serialize a BigInt" / "Converting
// circular structure to JSON"), after middleware and telemetry already saw the request start.
// Expected: OpenRouterError kind 'invalid_request' naming the body, before any I/O.
// Fixed: the transport reports such errors (and caps retryAfterMs) itself.

const mock = useMockServer()

describe.each(engines)('an unserializable body on the $name engine', ({ createClient }) => {
  it('rejects with invalid_request before any I/O when an extra field holds a BigInt', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const params = {
        model: 'openai/gpt-4o-mini',
        messages: [{ role: 'user' as const, content: 'Hi' }],
        seed_big: 10n,
      }
      const error = await failureOf(() => chat(params, { client }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })

  it('rejects with invalid_request before any I/O when the params hold a cycle', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const extra: Record<string, unknown> = {}
      extra.self = extra
      const params = {
        model: 'openai/gpt-4o-mini',
        messages: [{ role: 'user' as const, content: 'Hi' }],
        extra,
      }
      const error = await failureOf(() => chat(params, { client }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    } finally {
      await client.close()
    }
  })
})
