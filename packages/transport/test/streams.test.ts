import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  bodyFromReadableStream,
  bodyFromResponse,
  EventStream,
  isOpenRouterError,
  jsonSseProtocol,
  type SseResponse,
} from '../src/index.js'
import {
  chatBody,
  engines,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
  withOwnServer,
} from './helpers.js'

const mock = useMockServer()
type Chunk = { choices: { delta: { content?: string } }[]; usage?: unknown }
const protocol = jsonSseProtocol<Chunk>('chat stream')

describe.each(engines)('SSE streams on the $name', ({ createClient, socketCounting }) => {
  const open = async (value: Parameters<typeof scenario>[0] = {}) => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    const response = (await client.request(
      {
        operation: 'chat.stream',
        method: 'POST',
        path: '/chat/completions',
        body: chatBody({ stream: true }),
        response: 'sse',
      },
      scenario(value),
    )) as SseResponse
    return new EventStream(response.body, protocol, response)
  }
  const collect = async (stream: AsyncIterable<Chunk>) => {
    const chunks: Chunk[] = []
    for await (const chunk of stream) chunks.push(chunk)
    return chunks
  }
  const text = (chunks: Chunk[]) => chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')

  it('yields every chunk, skips keep-alive comments, and ends at [DONE]', async () => {
    const stream = await open({ chunks: 5, keepAlive: 3, text: 'one two three four five' })
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const chunks = await collect(stream)
    expect(text(chunks)).toBe('one two three four five')
    expect(chunks.at(-1)?.usage).toBeDefined()
    expect(chunks.at(-1)?.choices).toEqual([])
  })

  it('throws the in-band error chunk as OpenRouterError', async () => {
    const stream = await open({ chunks: 6, errorAfter: 2, errorCode: 'server_error' })
    const seen: Chunk[] = []
    const error = await rejection(
      (async () => {
        for await (const chunk of stream) seen.push(chunk)
      })(),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && error.code).toBe('server_error')
    expect(isOpenRouterError(error) && error.generationId).toBe(stream.generationId)
    expect(isOpenRouterError(error) && error.headers?.get('x-generation-id')).toBe(stream.generationId)
    expect(seen).toHaveLength(2)
  })

  it('maps a numeric in-band error code like an HTTP status', async () => {
    const error = await rejection(open({ errorAfter: 1, errorCode: 429 }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
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
      const client = createClient({ ...socketCounting, baseURL: server.baseURL, apiKey: TEST_KEY })
      const response = (await client.request(
        {
          operation: 'chat.stream',
          method: 'POST',
          path: '/chat/completions',
          body: chatBody({ stream: true }),
          response: 'sse',
        },
        scenario({ chunks: 10, stallAfter: 3 }),
      )) as SseResponse
      expect(server.openConnections()).toBe(1)
      for await (const _ of new EventStream(response.body, protocol, response)) break
      await eventually(() => server.openConnections() === 0)
    })
  })

  it('can be consumed once, with a clear error for a second consumer', async () => {
    const stream = await open()
    await collect(stream)
    expect(() => stream.toReadableStream()).toThrow(/already consumed by iteration/)
  })

  it('round-trips through toReadableStream and fromReadableStream unchanged', async () => {
    const direct = await collect(await open({ chunks: 7 }))
    const forwarded = (await open({ chunks: 7 })).toReadableStream()
    const rebuilt = new EventStream(bodyFromReadableStream(forwarded), protocol, {
      status: 200,
      headers: new Headers(),
    })
    const received = await collect(rebuilt)
    expect(received.map((chunk) => chunk.choices)).toEqual(direct.map((chunk) => chunk.choices))
  })

  it('forwards a mid-stream error in-band so the receiving side rethrows it', async () => {
    const forwarded = (await open({ chunks: 5, errorAfter: 2, errorCode: 502 })).toReadableStream()
    const rebuilt = new EventStream(bodyFromResponse(new Response(forwarded)), protocol, {
      status: 200,
      headers: new Headers(),
    })
    const error = await rejection(collect(rebuilt))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
  })
})

describe('EventStream over recorded transcripts', () => {
  const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url)
  const fromText = (text: string) =>
    new EventStream(bodyFromResponse(new Response(text)), protocol, { status: 200, headers: new Headers() })

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
    expect(seen.map((chunk) => chunk.choices[0]?.delta.content)).toEqual(['', '亚'])
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws the documented mid-stream error examples', async () => {
    const lines = readFileSync(fixture('chat-stream.midstream-error.docs-examples.sse'), 'utf8').split('\n\n')
    const kinds = []
    for (const line of lines.filter((entry) => entry.trim() !== '')) {
      const error = await rejection(
        (async () => {
          for await (const _ of fromText(`${line}\n\n`)) {
            // the first event is the error
          }
        })(),
      )
      kinds.push(isOpenRouterError(error) ? error.kind : 'not an OpenRouterError')
    }
    expect(kinds).toEqual(['server', 'rate_limit', 'rate_limit'])
  })

  it('rejects the first read of a non-2xx forwarded response with the mapped error', async () => {
    const response = new Response(JSON.stringify({ error: { code: 401, message: 'User not found.' } }), {
      status: 401,
    })
    const stream = new EventStream(bodyFromResponse(response), protocol, {
      status: 401,
      headers: response.headers,
    })
    const error = await rejection((async () => stream[Symbol.asyncIterator]().next())())
    expect(isOpenRouterError(error) && error.kind).toBe('auth')
  })
})
