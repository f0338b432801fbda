import { describe, expect, it } from 'vitest'
import { requestJson, requestStream } from '../src/protocol.js'
import {
  ChunkStream,
  chatSpec,
  closeAfterEach,
  engines,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
  withOwnServer,
} from './helpers.js'

const mock = useMockServer()

describe.each(engines)('cancellation on the $name', ({ createClient, socketCounting }) => {
  const track = closeAfterEach()
  const client = () => track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))

  it('rejects with the AbortError and sends nothing when the signal is already aborted', async () => {
    const before = mock.server.requests.length
    const controller = new AbortController()
    controller.abort()
    const error = await rejection(requestJson(chatSpec(), { client: client(), signal: controller.signal }))
    expect(error).toBe(controller.signal.reason)
    expect((error as Error).name).toBe('AbortError')
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects with the user reason when aborted before headers', async () => {
    const controller = new AbortController()
    const pending = requestJson(
      chatSpec(),
      scenario({ headersDelayMs: 5000 }, { client: client(), signal: controller.signal }),
    )
    setTimeout(() => controller.abort(), 50)
    const error = await rejection(pending)
    expect((error as Error).name).toBe('AbortError')
    expect(error).toBe(controller.signal.reason)
  })

  it('passes a custom abort reason through unchanged', async () => {
    const controller = new AbortController()
    const reason = new Error('user went away')
    const pending = requestJson(
      chatSpec(),
      scenario({ headersDelayMs: 5000 }, { client: client(), signal: controller.signal }),
    )
    setTimeout(() => controller.abort(reason), 50)
    expect(await rejection(pending)).toBe(reason)
  })

  it('throws the AbortError from the iteration when aborted while streaming, and closes the socket', async () => {
    await withOwnServer(async (server) => {
      const controller = new AbortController()
      const own = track(createClient({ ...socketCounting, baseURL: server.baseURL, apiKey: TEST_KEY }))
      const source = await requestStream(
        chatSpec(true),
        scenario({ stallAfter: 2 }, { client: own, signal: controller.signal }),
      )
      const seen: unknown[] = []
      const reading = (async () => {
        for await (const chunk of new ChunkStream(source)) {
          seen.push(chunk)
          if (seen.length === 2) setTimeout(() => controller.abort(), 20)
        }
      })()
      const error = await rejection(reading)
      expect((error as Error).name).toBe('AbortError')
      expect(seen).toHaveLength(2)
      await eventually(() => server.openConnections() === 0)
    })
  })

  it('ignores an abort after completion', async () => {
    const controller = new AbortController()
    const response = await requestJson(chatSpec(), { client: client(), signal: controller.signal })
    controller.abort()
    expect(response.status).toBe(200)
  })

  it('stops a stream with abort() and rejects the reader with AbortError', async () => {
    const stream = new ChunkStream(
      await requestStream(chatSpec(true), scenario({ stallAfter: 1 }, { client: client() })),
    )
    const iterator = stream[Symbol.asyncIterator]()
    await iterator.next()
    const pending = iterator.next()
    stream.abort()
    expect(((await rejection(pending)) as Error).name).toBe('AbortError')
  })
})
