import { describe, expect, it } from 'vitest'
import { requestJson, requestStream } from '../src/protocol.js'
import {
  ChunkStream,
  chatSpec,
  closeAfterEach,
  engines,
  eventually,
  scenario,
  TEST_KEY,
  useMockServer,
} from './helpers.js'

const mock = useMockServer()

describe.each(engines)('connections on the $name', ({ createClient, socketCounting }) => {
  const track = closeAfterEach()

  it('leaves no socket open after 1,000 streams abandoned with break mid-stream', async () => {
    const client = track(createClient({ ...socketCounting, baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    let peak = 0
    const abandonOne = async () => {
      const source = await requestStream(
        chatSpec(true),
        scenario({ chunks: 50, chunkDelayMs: 2 }, { client }),
      )
      let seen = 0
      for await (const _ of new ChunkStream(source)) {
        if (++seen === 3) break
      }
      peak = Math.max(peak, mock.server.openConnections())
    }
    for (let batch = 0; batch < 50; batch++) await Promise.all(Array.from({ length: 20 }, abandonOne))
    expect(peak).toBeGreaterThan(0)
    await eventually(() => mock.server.openConnections() === 0, 5000)
  })

  it('reuses a kept-alive connection for sequential buffered calls', async () => {
    const client = track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    for (let index = 0; index < 20; index++) await requestJson(chatSpec(), { client })
    // undici may open a second socket while the first is being returned to the pool.
    expect(mock.server.openConnections()).toBeLessThanOrEqual(2)
  })
})
