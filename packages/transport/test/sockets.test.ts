import { describe, expect, it } from 'vitest'
import { EventStream, jsonSseProtocol, type SseResponse } from '../src/index.js'
import { chatBody, engines, eventually, scenario, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('connections on the $name', ({ createClient, socketCounting }) => {
  it('leaves no socket open after 1,000 streams abandoned with break mid-stream', async () => {
    const client = createClient({ ...socketCounting, baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const protocol = jsonSseProtocol<unknown>('chat stream')
    let peak = 0
    const abandonOne = async () => {
      const response = (await client.request(
        {
          operation: 'chat.stream',
          method: 'POST',
          path: '/chat/completions',
          body: chatBody({ stream: true }),
          response: 'sse',
        },
        scenario({ chunks: 50, chunkDelayMs: 2 }),
      )) as SseResponse
      let seen = 0
      for await (const _ of new EventStream(response.body, protocol, response)) {
        if (++seen === 3) break
      }
      peak = Math.max(peak, mock.server.openConnections())
    }
    for (let batch = 0; batch < 50; batch++) await Promise.all(Array.from({ length: 20 }, abandonOne))
    expect(peak).toBeGreaterThan(0)
    await eventually(() => mock.server.openConnections() === 0, 5000)
    await client.close()
  })

  it('reuses a kept-alive connection for sequential buffered calls', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    for (let index = 0; index < 20; index++) {
      await client.request({
        operation: 'chat',
        method: 'POST',
        path: '/chat/completions',
        body: chatBody(),
        response: 'json',
      })
    }
    // undici may open a second socket while the first is being returned to the pool.
    expect(mock.server.openConnections()).toBeLessThanOrEqual(2)
    await client.close()
  })
})
