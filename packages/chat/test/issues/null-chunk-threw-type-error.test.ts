import { describe, expect, it } from 'vitest'
import { type ChatSinkEvent, ChatStream, chatStream } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// Found by the hardening stream-decoder fuzzer: a chat stream event whose JSON is `null`, or a
// `choices` entry that is `null`, made `finalCompletion()` (and the `into` sink, which folds
// with the same accumulator) throw a bare TypeError from CompletionAccumulator ("Cannot read
// properties of null") instead of an OpenRouterError. Chunks are typed, not validated: the
// accumulator now skips what is not an object.

const bytes = (text: string) => new Response(text).body as ReadableStream<Uint8Array>
const stream = (text: string) => ChatStream.fromReadableStream(bytes(text))
const okChunk = '{"id":"x","choices":[{"index":0,"delta":{"content":"ok"}}]}'

describe('ChatStream on null chunks', () => {
  it('skips a chunk that is JSON null when finalCompletion folds the stream', async () => {
    const completion = await stream(`data: null\n\ndata: ${okChunk}\n\ndata: [DONE]\n\n`).finalCompletion()
    expect(completion.choices[0]?.message.content).toBe('ok')
  })

  it('skips a choices entry that is null when finalCompletion folds the stream', async () => {
    const completion = await stream(
      `data: {"id":"x","choices":[null]}\n\ndata: ${okChunk}\n\ndata: [DONE]\n\n`,
    ).finalCompletion()
    expect(completion.choices).toHaveLength(1)
    expect(completion.choices[0]?.message.content).toBe('ok')
  })
})

const mock = useMockServer()

describe.each(engines)('the into sink on null chunks on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('pushes every chunk then complete, not an error, when a chunk is null', async () => {
    const events: ChatSinkEvent[] = []
    const done = new Promise<void>((resolve) => {
      const into = (event: ChatSinkEvent) => {
        events.push(event)
        if (event.type !== 'item') resolve()
      }
      const raw = ['data: null\n\n', `data: ${okChunk}\n\n`, 'data: [DONE]\n\n']
      void chatStream(params(), scenario({ raw }, { client: client(), into }))
    })
    await done
    expect(events.map((event) => event.type)).toEqual(['item', 'item', 'complete'])
    const last = events.at(-1)
    expect(last?.type === 'complete' && last.result.choices[0]?.message.content).toBe('ok')
  })
})
