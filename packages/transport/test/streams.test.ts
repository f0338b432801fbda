import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import { requestStream, type StreamSinkEvent } from '../src/protocol.js'
import {
  type Chunk,
  ChunkStream,
  chatSpec,
  closeAfterEach,
  collect,
  engines,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  textOf,
  useMockServer,
  withOwnServer,
} from './helpers.js'

const mock = useMockServer()
const text = (chunks: Chunk[]) => chunks.map(textOf).join('')

describe.each(engines)('SSE streams on the $name', ({ createClient, socketCounting }) => {
  const track = closeAfterEach()
  const open = async (
    value: Parameters<typeof scenario>[0] = {},
    into?: (event: StreamSinkEvent<Chunk, Chunk[]>) => void,
  ) => {
    const client = track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
    return new ChunkStream(await requestStream(chatSpec(true), scenario(value, { client })), into)
  }

  it('yields every chunk, skips keep-alive comments, and ends at [DONE] with the usage chunk last', async () => {
    const stream = await open({ chunks: 5, keepAlive: 3, text: 'one two three four five' })
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const chunks = await collect(stream)
    expect(text(chunks)).toBe('one two three four five')
    expect(chunks.at(-1)?.usage).toMatchObject({ total_tokens: expect.any(Number) })
    expect(chunks.at(-1)?.choices).toEqual([])
  })

  it('throws the in-band error chunk as OpenRouterError naming the stream it came from', async () => {
    const stream = await open({ chunks: 6, errorAfter: 2, errorCode: 'server_error' })
    const seen: Chunk[] = []
    const error = await rejection(
      (async () => {
        for await (const chunk of stream) seen.push(chunk)
      })(),
    )
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('server')
    expect(error.code).toBe('server_error')
    expect(error.status).toBe(200)
    expect(error.generationId).toBe(stream.generationId)
    expect(error.headers?.get('x-generation-id')).toBe(stream.generationId)
    expect(seen).toHaveLength(2)
  })

  it('maps a numeric in-band error code like an HTTP status, worded as in-band', async () => {
    const error = await rejection(open({ errorAfter: 1, errorCode: 429 }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect(isOpenRouterError(error) && error.message).toContain('in-band error code 429')
  })

  it('throws stream_disconnect when the body ends without [DONE]', async () => {
    const error = await rejection(open({ chunks: 3, noDone: true }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws stream_disconnect when the connection is reset mid-stream', async () => {
    const error = await rejection(open({ chunks: 6, resetAfter: 2 }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('decodes events split at every byte, across UTF-8 characters and CRLF', async () => {
    const stream = await open({ chunks: 4, text: 'héllo 亚洲 👋 done', splitBytes: 1 })
    expect(text(await collect(stream))).toBe('héllo 亚洲 👋 done')
  })

  it('releases the connection when the consumer breaks early', async () => {
    await withOwnServer(async (server) => {
      const client = track(createClient({ ...socketCounting, baseURL: server.baseURL, apiKey: TEST_KEY }))
      const source = await requestStream(chatSpec(true), scenario({ chunks: 10, stallAfter: 3 }, { client }))
      expect(server.openConnections()).toBe(1)
      for await (const _ of new ChunkStream(source)) break
      await eventually(() => server.openConnections() === 0)
    })
  })

  it('can be consumed once, with a clear error for a second consumer', async () => {
    const stream = await open()
    await collect(stream)
    expect(() => stream.toReadableStream()).toThrow(/already consumed by iteration/)
    expect(() => stream.allChunks()).toThrow(/already consumed by iteration/)
  })

  it('resolves its result with every item, and returns the same promise when asked twice', async () => {
    const stream = await open({ chunks: 3, text: 'a b c' })
    const first = stream.allChunks()
    expect(stream.allChunks()).toBe(first)
    expect(text(await first)).toBe('a b c')
  })

  it('rejects its result with the partial result, status and generation on an in-band error', async () => {
    const full = text(await collect(await open({ chunks: 6, text: 'one two three four five six' })))
    const stream = await open({ chunks: 6, errorAfter: 2, text: 'one two three four five six' })
    const error = await rejection(stream.allChunks())
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('server')
    expect(error.status).toBe(200)
    expect(error.generationId).toBe(stream.generationId)
    const partial = error.partial as Chunk[]
    expect(partial).toHaveLength(2)
    expect(full.startsWith(text(partial))).toBe(true)
    expect(text(partial).length).toBeGreaterThan(0)
  })

  it('pushes items then exactly one complete event into a sink', async () => {
    const events: StreamSinkEvent<Chunk, Chunk[]>[] = []
    const done = new Promise<void>((resolve) =>
      open({ chunks: 3, text: 'a b c' }, (event) => {
        events.push(event)
        if (event.type !== 'item') resolve()
      }),
    )
    await done
    const kinds = events.map((event) => event.type)
    expect(kinds.slice(0, -1).every((kind) => kind === 'item')).toBe(true)
    expect(kinds.at(-1)).toBe('complete')
    const last = events.at(-1)
    expect(last?.type === 'complete' && text(last.result)).toBe('a b c')
  })

  it('pushes items then exactly one error event, with the partial result, into a sink', async () => {
    const events: StreamSinkEvent<Chunk, Chunk[]>[] = []
    const done = new Promise<void>((resolve) =>
      open({ chunks: 4, errorAfter: 1, text: 'a b c d' }, (event) => {
        events.push(event)
        if (event.type !== 'item') resolve()
      }),
    )
    await done
    expect(events.map((event) => event.type)).toEqual(['item', 'error'])
    const [first, last] = events
    const error = last?.type === 'error' ? last.error : undefined
    expect(isOpenRouterError(error) && error.partial).toEqual(first?.type === 'item' ? [first.item] : [])
  })

  it('round-trips through toReadableStream and fromReadableStream unchanged', async () => {
    const direct = await collect(await open({ chunks: 7 }))
    const forwarded = (await open({ chunks: 7 })).toReadableStream()
    const received = await collect(ChunkStream.fromReadableStream(forwarded))
    expect(received.map((chunk) => chunk.choices)).toEqual(direct.map((chunk) => chunk.choices))
  })

  it('forwards a mid-stream error in-band so the receiving side rethrows it with its kind', async () => {
    const forwarded = (await open({ chunks: 5, errorAfter: 2, errorCode: 502 })).toReadableStream()
    const error = await rejection(collect(ChunkStream.fromResponse(new Response(forwarded))))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    const cut = (await open({ chunks: 5, resetAfter: 2 })).toReadableStream()
    const disconnect = await rejection(collect(ChunkStream.fromResponse(new Response(cut))))
    expect(isOpenRouterError(disconnect) && disconnect.kind).toBe('stream_disconnect')
  })
})

describe('EventStream over recorded transcripts', () => {
  const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url)
  const fromText = (body: string) => ChunkStream.fromResponse(new Response(body))

  it('reads the real OpenRouter capture and reports its missing [DONE]', async () => {
    const seen: Chunk[] = []
    const error = await rejection(
      (async () => {
        for await (const chunk of fromText(
          readFileSync(fixture('chat-stream.openai-go-issue-227.sse'), 'utf8'),
        ))
          seen.push(chunk)
      })(),
    )
    expect(seen.map(textOf)).toEqual(['', '亚'])
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws the documented mid-stream error examples', async () => {
    const lines = readFileSync(fixture('chat-stream.midstream-error.docs-examples.sse'), 'utf8').split('\n\n')
    const kinds = []
    for (const line of lines.filter((entry) => entry.trim() !== '')) {
      const error = await rejection(collect(fromText(`${line}\n\n`)))
      kinds.push(isOpenRouterError(error) ? error.kind : 'not an OpenRouterError')
    }
    expect(kinds).toEqual(['server', 'rate_limit', 'rate_limit'])
  })

  it('rejects the first read of a non-2xx forwarded response with the mapped error', async () => {
    const response = new Response(JSON.stringify({ error: { code: 401, message: 'User not found.' } }), {
      status: 401,
    })
    const stream = ChunkStream.fromResponse(response)
    expect(stream.status).toBe(401)
    const error = await rejection(stream[Symbol.asyncIterator]().next())
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
  })
})
