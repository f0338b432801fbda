import { startMockServer } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { isMessagesEvent, type MessagesStreamEvent, messagesStream } from '../src/index.js'
import {
  collect,
  engines,
  eventually,
  fixturePieces,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
} from './helpers.js'

const mock = useMockServer()

const names = (items: MessagesStreamEvent[]) => items.map((item) => item.event)
const textOf = (items: MessagesStreamEvent[]) =>
  items
    .map((item) =>
      isMessagesEvent(item, 'content_block_delta') && item.data.delta.type === 'text_delta'
        ? item.data.delta.text
        : '',
    )
    .join('')

describe.each(engines)('messagesStream on the $name', (engine) => {
  const client = useClient(mock, engine)
  const open = (value: Parameters<typeof scenario>[0] = {}, extra: Parameters<typeof params>[0] = {}) =>
    messagesStream(params(extra), scenario(value, { client: client() }))

  it('yields every event but ping, in order, and ends at message_stop', async () => {
    const stream = await open({ chunks: 3, text: 'one two three', keepAlive: 1 })
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const items = await collect(stream)
    expect(names(items)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ])
    expect(textOf(items)).toBe('one two three')
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ stream: true })
  })

  it('decodes the recorded OpenAPI example stream served raw', async () => {
    const items = await collect(await open({ raw: fixturePieces('messages-stream.openapi-examples.sse') }))
    expect(names(items)).not.toContain('ping')
    expect(textOf(items)).toBe('Hello')
    expect(items.at(-1)?.event).toBe('message_stop')
  })

  it('yields an unknown event name instead of dropping it', async () => {
    const pieces = fixturePieces('messages-stream.openapi-examples.sse')
    pieces.splice(2, 0, 'event: future_event\ndata: {"type":"future_event","value":42}\n\n')
    const items = await collect(await open({ raw: pieces }))
    expect(items[2]).toEqual({ event: 'future_event', data: { type: 'future_event', value: 42 } })
  })

  it('takes the event name from data.type when the event line is missing', async () => {
    const pieces = fixturePieces('messages-stream.openapi-examples.sse').map((piece) =>
      piece.replace(/^event: [^\n]*\n/, ''),
    )
    const items = await collect(await open({ raw: pieces }))
    expect(names(items)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ])
  })

  it('throws kind server with errorType when the recorded error event arrives', async () => {
    const error = await rejection(
      open({ raw: fixturePieces('messages-stream-error.openapi-example.sse') }).then(collect),
    )
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'server', errorType: 'provider_overloaded', retryable: true })
    expect(error.message).toContain('Overloaded')
  })

  it('throws kind server after the events before it when an overloaded_error arrives mid-stream', async () => {
    const stream = await open({ errorAfter: 3 })
    const seen: MessagesStreamEvent[] = []
    const error = await rejection(
      (async () => {
        for await (const item of stream) seen.push(item)
      })(),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(names(seen)).toEqual(['message_start', 'content_block_start', 'content_block_delta'])
  })

  it('throws kind rate_limit when a rate_limit_error event arrives', async () => {
    const error = await rejection(open({ errorAfter: 1, errorCode: 429 }).then(collect))
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'rate_limit', errorType: 'rate_limit_exceeded' })
  })

  it('throws stream_disconnect when the body ends before message_stop', async () => {
    const error = await rejection(open({ noDone: true }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws stream_disconnect when the connection resets mid-stream', async () => {
    const error = await rejection(open({ resetAfter: 2 }).then(collect))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws timeout when events stall past eventIdleMs', async () => {
    const stream = await messagesStream(
      params(),
      scenario(
        { stallAfter: 2, keepAliveDuringStall: 20 },
        { client: client(), timeout: { eventIdleMs: 150 } },
      ),
    )
    const error = await rejection(collect(stream))
    expect(isOpenRouterError(error) && error.kind).toBe('timeout')
  })

  it('rejects at the start with the mapped error when the response is a 529', async () => {
    const error = await rejection(open({ status: 529 }))
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'server', status: 529, errorType: 'provider_overloaded' })
  })

  it('releases the connection when the consumer breaks early', async () => {
    // An emulator of its own: idle keep-alive sockets of other tests must not count.
    const server = await startMockServer()
    const own = engine.client(server.baseURL, engine.socketCounting)
    try {
      const stream = await messagesStream(params(), scenario({ stallAfter: 3 }, { client: own }))
      expect(server.openConnections()).toBe(1)
      for await (const _ of stream) break
      await eventually(() => server.openConnections() === 0)
    } finally {
      await own.close()
      await server.close()
    }
  })

  it('narrows items by event name with isMessagesEvent', async () => {
    for await (const item of await open()) {
      if (isMessagesEvent(item, 'message_start')) {
        expectTypeOf(item.data.message.usage.output_tokens).toEqualTypeOf<number>()
        expect(item.data.message.content).toEqual([])
      }
    }
  })
})
