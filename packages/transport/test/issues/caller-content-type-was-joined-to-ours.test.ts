import { describe, expect, it } from 'vitest'
import { requestJson } from '../../src/protocol.js'
import { chatSpec, engines, TEST_KEY, useMockServer } from '../helpers.js'

// Found in review: a caller's `Content-Type` in other letters than ours (`options.headers`, or a
// middleware's) went out beside our `content-type` instead of replacing it. The fetch engine
// joined the two ("application/json, application/json; charset=utf-8"); undici sent both and
// Node's server kept ours. Header names are now compared case-insensitively, as HTTP does (the
// key's `authorization` too).

const mock = useMockServer()

describe.each(engines)("a caller's Content-Type on the $name", ({ createClient }) => {
  it('replaces the default instead of going out beside it', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    try {
      const headers = { 'Content-Type': 'application/json; charset=utf-8' }
      expect((await requestJson(chatSpec(), { client, headers })).status).toBe(200)
      expect(mock.server.requests.at(-1)?.headers['content-type']).toBe('application/json; charset=utf-8')
    } finally {
      await client.close()
    }
  })
})
