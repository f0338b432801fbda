import { sampleAudioWav } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { concatBytes } from '../src/base64.js'
import { type SpeakChunk, speakStream } from '../src/index.js'
import { collect, engines, expectInvalid, rejection, scenario, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-4o-audio-preview'

const audioOf = (chunks: SpeakChunk[]) =>
  concatBytes([new Uint8Array(0), ...chunks.flatMap((chunk) => (chunk.audio ? [chunk.audio] : []))])

describe.each(engines)('speakStream on the $name', ({ client: makeClient }) => {
  const client = () => makeClient(mock.server.baseURL)

  it('yields whole decoded pieces that join into the emulator WAV when fragments are cut mid-quantum', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 9 }, { client: client() }),
    )
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const chunks = await collect(stream)
    const pieces = chunks.filter((chunk) => chunk.audio !== undefined)
    expect(pieces.length).toBeGreaterThan(4)
    expect(audioOf(chunks)).toEqual(sampleAudioWav())
    // The first piece already starts a playable file: the RIFF header arrives first.
    expect(new TextDecoder().decode(pieces[0]?.audio?.subarray(0, 4))).toBe('RIFF')
    const transcript = chunks.map((chunk) => chunk.transcript ?? '').join('')
    expect(transcript).toContain('OpenRouter emulator')
  })

  it('stops reading and throws a clear error when iterated twice', async () => {
    const stream = await speakStream({ model: MODEL, text: 'Hello' }, { client: client() })
    for await (const chunk of stream) {
      expect(chunk).toBeDefined()
      break
    }
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already consumed/)
  })

  it('throws decode at the end when the stream carried no audio', async () => {
    const raw = [
      `data: ${JSON.stringify({ choices: [{ delta: { content: 'I cannot speak.' }, finish_reason: 'stop' }] })}\n\n`,
      'data: [DONE]\n\n',
    ]
    const stream = await speakStream({ model: MODEL, text: 'Hi' }, scenario({ raw }, { client: client() }))
    const error = await rejection(collect(stream))
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain('I cannot speak.')
  })

  it('rejects the call itself when the server answers an HTTP error', async () => {
    const error = await rejection(
      speakStream({ model: MODEL, text: 'Hi' }, scenario({ status: 402 }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('payment_required')
  })

  it('rejects before any I/O naming the field when the text is empty', async () => {
    await expectInvalid(mock.server, speakStream({ model: MODEL, text: '' }, { client: client() }), 'text')
  })
})
