import { sampleAudioWav, startMockServer } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatCompletion, type ChatCompletionChunk, chat, chatStream } from '../src/index.js'
import {
  collect,
  engines,
  eventually,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  withClient,
} from './helpers.js'

const mock = useMockServer()

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
}
const text = (chunks: ChatCompletionChunk[]) =>
  chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')

describe.each(engines)('chatStream on the $name', ({ client: makeClient, socketCounting }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('yields every chunk and ends with the usage chunk when iterated', async () => {
    const stream = await chatStream(
      params(),
      scenario({ chunks: 5, keepAlive: 2, text: 'one two three four five' }, { client: client() }),
    )
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const chunks = await collect(stream)
    expect(text(chunks)).toBe('one two three four five')
    expect(chunks.at(-1)?.choices).toEqual([])
    expect(chunks.at(-1)?.usage?.cost).toBeGreaterThan(0)
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ stream: true })
  })

  it('accumulates content, finish reason, usage, provider, model and generation id when finalCompletion is called', async () => {
    const stream = await chatStream(
      params(),
      scenario({ chunks: 6, text: 'héllo 亚洲 👋 done', splitBytes: 1 }, { client: client() }),
    )
    const completion = await stream.finalCompletion()
    expect(completion.object).toBe('chat.completion')
    expect(completion.choices[0]?.message).toEqual({ role: 'assistant', content: 'héllo 亚洲 👋 done' })
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    expect(completion.choices[0]?.native_finish_reason).toBe('stop')
    expect(completion.usage?.total_tokens).toBeGreaterThan(0)
    expect(completion.provider).toBe('EmulatorProvider')
    expect(completion.model).toBe('openai/gpt-4o-mini')
    expect(completion.generationId).toBe(stream.generationId)
    expect(completion.id).toBe(stream.generationId)
  })

  it('matches the buffered answer when the same request is streamed', async () => {
    const buffered = await chat(params({ tools: [weatherTool] }), { client: client() })
    const streamed = await (
      await chatStream(params({ tools: [weatherTool] }), { client: client() })
    ).finalCompletion()
    const call = streamed.choices[0]?.message.tool_calls?.[0]
    expect(streamed.choices[0]?.finish_reason).toBe(buffered.choices[0]?.finish_reason)
    expect(call?.function.name).toBe(buffered.choices[0]?.message.tool_calls?.[0]?.function.name)
    expect(call?.id).toMatch(/^call_/)
    expect(call?.type).toBe('function')
    expect(JSON.parse(call?.function.arguments ?? 'null')).toEqual(
      JSON.parse(buffered.choices[0]?.message.tool_calls?.[0]?.function.arguments ?? 'null'),
    )
  })

  it('assembles tool-call arguments split across chunks when the request has tools', async () => {
    const stream = await chatStream(
      params({ tools: [weatherTool], tool_choice: 'required' }),
      scenario({ chunks: 8 }, { client: client() }),
    )
    const completion = await stream.finalCompletion()
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls')
    expect(completion.choices[0]?.message.tool_calls).toHaveLength(1)
    expect(
      JSON.parse(completion.choices[0]?.message.tool_calls?.[0]?.function.arguments ?? ''),
    ).toHaveProperty('city')
  })

  it('keeps reasoning and one signed reasoning_details entry when the request asks for reasoning', async () => {
    const stream = await chatStream(params({ reasoning: { effort: 'low' } }), { client: client() })
    const message = (await stream.finalCompletion()).choices[0]?.message
    expect(message?.reasoning).toMatch(/The user wants a short answer/)
    expect(message?.reasoning_details).toHaveLength(1)
    const detail = message?.reasoning_details?.[0]
    expect(detail).toMatchObject({
      type: 'reasoning.text',
      text: message?.reasoning,
      format: 'anthropic-claude-v1',
      index: 0,
    })
    expect(detail?.signature).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(message?.content).toContain('Hello from the OpenRouter emulator')
  })

  it('joins audio fragments into one clip and transcript when the request asks for audio', async () => {
    const stream = await chatStream(
      params({ modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'pcm16' } }),
      scenario({ chunks: 5, text: 'Spoken words here' }, { client: client() }),
    )
    const audio = (await stream.finalCompletion()).choices[0]?.message.audio
    expect(audio?.id).toMatch(/^audio_/)
    expect(audio?.transcript).toBe('Spoken words here')
    // The fragments joined, then decoded: the emulator's samples (its sample WAV without the header).
    expect(new Uint8Array(Buffer.from(audio?.data ?? '', 'base64'))).toEqual(sampleAudioWav().subarray(44))
  })

  it('rejects the start with the mapped error when the HTTP status is an error', async () => {
    const error = await rejection(chatStream(params(), scenario({ status: 402 }, { client: client() })))
    expect(isOpenRouterError(error) && error.kind).toBe('payment_required')
  })

  it('rejects finalCompletion with the partial completion when an error chunk arrives mid-stream', async () => {
    const stream = await chatStream(
      params(),
      scenario(
        { chunks: 4, errorAfter: 2, errorCode: 'server_error', text: 'aa bb cc dd' },
        { client: client() },
      ),
    )
    const error = await rejection(stream.finalCompletion())
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && error.code).toBe('server_error')
    expect(isOpenRouterError(error) && error.generationId).toBe(stream.generationId)
    expect(isOpenRouterError(error) && error.status).toBe(200)
    expect(isOpenRouterError(error) && error.headers?.get('x-generation-id')).toBe(stream.generationId)
    expect(isOpenRouterError(error) && error.message).toMatch(/in-band error code server_error/)
    expect(isOpenRouterError(error) && error.body).toMatchObject({ error: { code: 'server_error' } })
    const partial = (error as { partial: ChatCompletion }).partial
    expect(partial.choices[0]?.message.content).toBe('aa bb')
    expect(partial.generationId).toBe(stream.generationId)
  })

  it('rejects finalCompletion with stream_disconnect and the partial text when the connection drops', async () => {
    const stream = await chatStream(
      params(),
      scenario({ chunks: 4, resetAfter: 2, text: 'aa bb cc dd' }, { client: client() }),
    )
    const error = await rejection(stream.finalCompletion())
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
    expect(isOpenRouterError(error) && error.status).toBe(200)
    expect((error as { partial: ChatCompletion }).partial.choices[0]?.message.content).toBe('aa bb')
  })

  it('returns the same promise when finalCompletion is called twice', async () => {
    const stream = await chatStream(params(), { client: client() })
    expect(stream.finalCompletion()).toBe(stream.finalCompletion())
    await stream.finalCompletion()
  })

  it('throws a clear error when a second consumer comes after iteration', async () => {
    const stream = await chatStream(params(), { client: client() })
    await collect(stream)
    expect(() => stream.finalCompletion()).toThrow(/already consumed by iteration/)
  })

  it('rejects iteration with the AbortError when the caller aborts mid-stream', async () => {
    const controller = new AbortController()
    const stream = await chatStream(
      params(),
      scenario({ chunks: 6, stallAfter: 2 }, { client: client(), signal: controller.signal }),
    )
    const seen: ChatCompletionChunk[] = []
    const error = await rejection(
      (async () => {
        for await (const chunk of stream) {
          seen.push(chunk)
          if (seen.length === 2) controller.abort()
        }
      })(),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(seen).toHaveLength(2)
  })

  it('releases the connection when the consumer breaks early', async () => {
    const server = await startMockServer()
    try {
      await withClient(makeClient(server.baseURL, socketCounting), async (client) => {
        const stream = await chatStream(params(), scenario({ chunks: 10, stallAfter: 3 }, { client }))
        for await (const _ of stream) break
        await eventually(() => server.openConnections() === 0)
      })
    } finally {
      await server.close()
    }
  })
})
