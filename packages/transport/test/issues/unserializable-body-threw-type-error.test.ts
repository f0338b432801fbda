import { describe, expect, it } from 'vitest'
import { requestJson } from '../../src/protocol.js'
import { chatBody, chatSpec, engines, rejection, TEST_KEY, useMockServer } from '../helpers.js'

// Found by the hardening request-params fuzzer: capability schemas are loose, so a field they do
// not know passes validation; if it held a BigInt (or the params held a cycle), encoding the
// body called JSON.stringify and the call rejected with a bare TypeError ("Do not know how to
// serialize a BigInt", "Converting circular structure to JSON"), after middleware and
// telemetry had already seen the request start. The body is now encoded before anything runs,
// and a body that cannot be is `invalid_request`.

const mock = useMockServer()

describe.each(engines)('an unserializable body on the $name', ({ createClient }) => {
  it('rejects with invalid_request before any I/O when a field holds a BigInt', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const spec = { ...chatSpec(), body: chatBody({ seed_big: 10n }) }
      const error = await rejection(requestJson(spec, { client }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })

  it('rejects with invalid_request before any I/O when the body holds a cycle', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const extra: Record<string, unknown> = {}
      extra.self = extra
      const error = await rejection(requestJson({ ...chatSpec(), body: chatBody({ extra }) }, { client }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })
})
