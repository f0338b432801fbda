import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type Message, messages, messagesStream } from '../src/index.js'
import {
  engines,
  fixturePieces,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  weatherTool,
} from './helpers.js'

const mock = useMockServer()

describe.each(engines)('MessagesStream.finalMessage on the $name', (engine) => {
  const client = useClient(mock, engine)
  const open = (value: Parameters<typeof scenario>[0] = {}, extra: Parameters<typeof params>[0] = {}) =>
    messagesStream(params(extra), scenario(value, { client: client() }))

  it('refuses a second consumer with a clear error', async () => {
    const stream = await open()
    await stream.finalMessage()
    expect(() => stream.toReadableStream()).toThrow(
      /^messages stream: already consumed by finalMessage\(\); a stream can be read once/,
    )
  })

  it('assembles text, thinking with signature and tool_use input in finalMessage', async () => {
    const stream = await open(
      { chunks: 5, text: 'Checking the weather.' },
      { thinking: { type: 'enabled', budget_tokens: 1024 }, tools: [weatherTool] },
    )
    const message = await stream.finalMessage()
    expect(message.content).toEqual([
      { type: 'thinking', thinking: expect.stringContaining('short answer'), signature: expect.any(String) },
      { type: 'text', text: 'Checking the weather.' },
      {
        type: 'tool_use',
        id: expect.stringMatching(/^toolu_/),
        name: 'get_weather',
        input: { city: 'emulated' },
      },
    ])
    const [thinking] = message.content
    expect(thinking?.type === 'thinking' && thinking.signature.length).toBeGreaterThan(10)
    expect(message).toMatchObject({ stop_reason: 'tool_use', stop_sequence: null, type: 'message' })
    expect(message.usage.output_tokens).toBeGreaterThan(1)
    expect(message.generationId).toBe(stream.generationId)
  })

  it('returns the same shape from finalMessage as messages() returns', async () => {
    const extra = { thinking: { type: 'enabled' as const, budget_tokens: 1024 }, tools: [weatherTool] }
    const buffered = await messages(params(extra), { client: client() })
    const streamed = await (await open({}, extra)).finalMessage()
    const shape = (value: object) =>
      JSON.parse(
        JSON.stringify(value, (key, field) =>
          ['id', 'signature', 'generationId'].includes(key) ? typeof field : field,
        ),
      )
    expect(shape(streamed)).toEqual(shape(buffered))
  })

  it('rejects finalMessage with the message so far in error.partial when an error event arrives mid-stream', async () => {
    const stream = await open({ chunks: 4, text: 'aa bb cc dd', errorAfter: 4, errorCode: 429 })
    const error = await rejection(stream.finalMessage())
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'rate_limit', status: 200, generationId: stream.generationId })
    const partial = error.partial as Message
    expect(partial.generationId).toBe(stream.generationId)
    expect(partial.content).toEqual([{ type: 'text', text: 'aa bb' }])
    expect(partial.stop_reason).toBeNull()
  })

  it('rejects finalMessage with stream_disconnect and the partial message when the body ends early', async () => {
    const stream = await open({ chunks: 2, text: 'ab cd', noDone: true })
    const error = await rejection(stream.finalMessage())
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('stream_disconnect')
    expect((error.partial as Message).content).toEqual([{ type: 'text', text: 'ab cd' }])
  })

  it('rejects finalMessage without a partial when the stream fails before message_start', async () => {
    const stream = await open({ errorAfter: 0, errorCode: 429 })
    const error = await rejection(stream.finalMessage())
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('rate_limit')
    expect(error.partial).toBeUndefined()
  })

  it('keeps input_tokens from message_start when message_delta sends null', async () => {
    const stream = await open({ raw: fixturePieces('messages-stream.openapi-examples.sse') })
    const message = await stream.finalMessage()
    expect(message.usage).toMatchObject({ input_tokens: 12, output_tokens: 15, service_tier: 'standard' })
    expect(message.stop_reason).toBe('end_turn')
    expect(message.content).toEqual([{ type: 'text', text: 'Hello', citations: [] }])
  })
})
