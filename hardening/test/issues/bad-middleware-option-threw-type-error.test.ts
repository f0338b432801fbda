import { chat } from '@orsdk/chat'
import { createClient } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { TEST_KEY } from '../support/keys.js'
import { failureOf, useMockServer } from '../support/mock.js'

// Found by the request-params fuzzer: transport's checkMiddleware (middleware.ts) throws a
// bare TypeError for `middleware` that is not an array of functions, both in createClient and
// in a call's options, while transport's README says "Bad options fail at once with kind:
// 'invalid_request' naming the field" and every other option does so. A per-call option
// that makes `chat()` reject with something other than OpenRouterError breaks the contract
// that every failure is an OpenRouterError.
// Fixed: checkMiddleware throws invalid_request, as the transport README says bad options do.

const mock = useMockServer()
const params = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hi' }] }

describe('a bad middleware option', () => {
  it('rejects with invalid_request naming options.middleware when a call passes a non-array', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const error = await failureOf(() => chat(params, { client, middleware: {} as never }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect((error as Error).message).toContain('options.middleware')
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })

  it('throws invalid_request naming middleware[0] when createClient gets a non-function entry', async () => {
    const error = await failureOf(() => createClient({ apiKey: TEST_KEY, middleware: [42 as never] }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
  })
})
