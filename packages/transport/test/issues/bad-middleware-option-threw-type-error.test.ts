import { describe, expect, it } from 'vitest'
import { createClient } from '../../src/index.js'
import { requestJson } from '../../src/protocol.js'
import { chatSpec, rejection, TEST_KEY, useMockServer } from '../helpers.js'

// Found by the hardening request-params fuzzer: checkMiddleware threw a bare TypeError for a
// `middleware` that is not an array of functions, in createClient and in a call's options,
// where every other bad option fails with `invalid_request` naming the field. A call rejecting
// with something other than an OpenRouterError broke the contract that every failure is one.
// checkMiddleware now throws invalid_request naming the field.

const mock = useMockServer()

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

describe('a bad middleware option', () => {
  it('rejects with invalid_request naming options.middleware before any I/O when a call passes a non-array', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const sent = mock.server.requests.length
    try {
      const error = await rejection(requestJson(chatSpec(), { client, middleware: {} as never }))
      expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
      expect((error as Error).message).toContain('options.middleware')
      expect(mock.server.requests.length).toBe(sent)
    } finally {
      await client.close()
    }
  })

  it('throws invalid_request naming middleware[0] when createClient gets a non-function entry', () => {
    const error = thrown(() => createClient({ apiKey: TEST_KEY, middleware: [42 as never] }))
    expect(error).toMatchObject({ name: 'OpenRouterError', kind: 'invalid_request' })
    expect((error as Error).message).toContain('middleware[0]')
  })
})
