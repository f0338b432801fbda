import { describe, expect, it } from 'vitest'
import { isOpenRouterError } from '../src/index.js'
import type { StreamSinkEvent } from '../src/protocol.js'
import { TextStream, textStream } from './example-capability/text-stream.js'
import { closeAfterEach, collect, engines, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

// The capability CONTRIBUTING's walkthrough builds, in one short file: it gets the whole stream
// surface (iteration, result with partial, sink, forwarding, abort, errors) from the core.

const mock = useMockServer()

describe.each(engines)('a capability built on the stream core, on the $name', ({ createClient }) => {
  const track = closeAfterEach()
  const client = () => track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
  const params = { model: 'openai/gpt-4o-mini', prompt: 'Say hello' }

  it('streams text pieces and resolves the whole text', async () => {
    const pieces = await collect(
      await textStream(params, scenario({ chunks: 3, text: 'a b c' }, { client: client() })),
    )
    expect(pieces.join('')).toBe('a b c')
    expect(
      await (await textStream(params, scenario({ text: 'x y' }, { client: client() }))).finalText(),
    ).toBe('x y')
  })

  it('rejects bad params before any I/O, naming the field', async () => {
    const before = mock.server.requests.length
    const error = await rejection(textStream({ ...params, temperature: 3 }, { client: client() }))
    expect(isOpenRouterError(error) && error.message).toBe('textStream: temperature: must be 0 to 2')
    const stream = await rejection(
      textStream({ ...params, stream: true } as typeof params, { client: client() }),
    )
    expect(isOpenRouterError(stream) && stream.message).toContain('textStream: stream: leave it out')
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects with the partial text on a mid-stream error, and pushes into a sink', async () => {
    const error = await rejection(
      (
        await textStream(
          params,
          scenario({ chunks: 4, errorAfter: 2, text: 'a b c d' }, { client: client() }),
        )
      ).finalText(),
    )
    expect(isOpenRouterError(error) && typeof error.partial).toBe('string')
    const events: StreamSinkEvent<string, string>[] = []
    await new Promise<void>((resolve) =>
      textStream(params, {
        ...scenario({ chunks: 2, text: 'a b' }),
        client: client(),
        into: (event) => {
          events.push(event)
          if (event.type === 'complete') resolve()
        },
      }),
    )
    expect(events.at(-1)).toEqual({ type: 'complete', result: 'a b' })
  })

  it('forwards and rebuilds itself through a web stream', async () => {
    const forwarded = (
      await textStream(params, scenario({ chunks: 3, text: 'a b c' }, { client: client() }))
    ).toReadableStream()
    expect(await TextStream.fromResponse(new Response(forwarded)).finalText()).toBe('a b c')
  })
})
