import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type Message, type MessagesSinkEvent, MessagesStream, messagesStream } from '../src/index.js'
import {
  collect,
  engines,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  weatherTool,
} from './helpers.js'

const mock = useMockServer()

/** Resolves once `into` has received its terminal event. */
function sink(): { into: (event: MessagesSinkEvent) => void; done: Promise<MessagesSinkEvent[]> } {
  const events: MessagesSinkEvent[] = []
  let resolve: (events: MessagesSinkEvent[]) => void = () => {}
  const done = new Promise<MessagesSinkEvent[]>((settle) => {
    resolve = settle
  })
  return {
    into(event) {
      events.push(event)
      if (event.type !== 'item') resolve(events)
    },
    done,
  }
}

describe.each(engines)('forwarding a messages stream on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('rebuilds the same events and message when toReadableStream feeds fromReadableStream', async () => {
    const extra = { thinking: { type: 'enabled' as const, budget_tokens: 1024 }, tools: [weatherTool] }
    const direct = await collect(await messagesStream(params(extra), { client: client() }))
    const source = await messagesStream(params(extra), { client: client() })
    const rebuilt = MessagesStream.fromReadableStream(source.toReadableStream())
    const message = await rebuilt.finalMessage()
    expect(message.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use'])
    expect(message.stop_reason).toBe('tool_use')
    const second = MessagesStream.fromReadableStream(
      (await messagesStream(params(extra), { client: client() })).toReadableStream(),
    )
    expect((await collect(second)).map((item) => item.event)).toEqual(direct.map((item) => item.event))
  })

  it('rethrows an in-band error on the receiving side with the same kind and errorType', async () => {
    const source = await messagesStream(
      params(),
      scenario({ errorAfter: 2, errorCode: 429 }, { client: client() }),
    )
    const error = await rejection(collect(MessagesStream.fromReadableStream(source.toReadableStream())))
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'rate_limit', errorType: 'rate_limit_exceeded' })
    expect(error.message).toContain('Rate limit exceeded')
  })

  it('reads a forwarded stream from a fetch Response with its generation id', async () => {
    const source = await messagesStream(params(), { client: client() })
    const response = new Response(source.toReadableStream(), {
      headers: { 'content-type': 'text/event-stream', 'x-generation-id': source.generationId ?? '' },
    })
    const rebuilt = MessagesStream.fromResponse(response)
    expect(rebuilt.generationId).toBe(source.generationId)
    const message = await rebuilt.finalMessage()
    expect(message.generationId).toBe(source.generationId)
  })

  it('rejects the first read with the mapped error when the forwarded Response is not 2xx', async () => {
    const body = JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })
    const rebuilt = MessagesStream.fromResponse(new Response(body, { status: 529 }))
    const error = await rejection(collect(rebuilt))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
  })

  it('pushes every event then one complete message into the sink when the stream succeeds', async () => {
    const { into, done } = sink()
    const stream = await messagesStream(
      params(),
      scenario({ chunks: 2, text: 'ab cd' }, { client: client(), into }),
    )
    const events = await done
    const last = events.at(-1)
    expect(events.filter((event) => event.type !== 'item')).toHaveLength(1)
    expect(events[0]).toMatchObject({ type: 'item', item: { event: 'message_start' } })
    expect(events.at(-2)).toMatchObject({ type: 'item', item: { event: 'message_stop' } })
    expect(last?.type === 'complete' && last.result.content).toEqual([{ type: 'text', text: 'ab cd' }])
    expect(last?.type === 'complete' && last.result.generationId).toBe(stream.generationId)
    expect(() => stream.finalMessage()).toThrow(/already consumed by into/)
  })

  it('pushes one error event into the sink when the stream fails', async () => {
    const { into, done } = sink()
    await messagesStream(params(), scenario({ errorAfter: 2 }, { client: client(), into }))
    const events = await done
    expect(events.map((event) => event.type)).toEqual(['item', 'item', 'error'])
    const last = events.at(-1)
    const error = last?.type === 'error' ? last.error : undefined
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && error.status).toBe(200)
    expect((error as { partial?: Message }).partial?.content).toEqual([{ type: 'text', text: '' }])
  })

  it('pushes stream_disconnect into the sink when the body ends before message_stop', async () => {
    const { into, done } = sink()
    await messagesStream(params(), scenario({ noDone: true }, { client: client(), into }))
    const last = (await done).at(-1)
    expect(last?.type === 'error' && isOpenRouterError(last.error) && last.error.kind).toBe(
      'stream_disconnect',
    )
  })
})
