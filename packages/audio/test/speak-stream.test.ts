import { sampleAudioWav } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { concatBytes } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { type SpeakChunk, SpeakStream, speakStream } from '../src/index.js'
import { collect, engines, expectInvalid, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-4o-audio-preview'

const WAV_HEADER_BYTES = 44
/** The emulator's pcm16 samples: its sample WAV without the header. */
const samples = () => sampleAudioWav().subarray(WAV_HEADER_BYTES)
const audioOf = (chunks: SpeakChunk[]) =>
  concatBytes([new Uint8Array(0), ...chunks.flatMap((chunk) => (chunk.audio ? [chunk.audio] : []))])

describe.each(engines)('speakStream on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('yields whole decoded samples that join into the emulator clip when fragments are cut mid-quantum', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 9 }, { client: client() }),
    )
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const chunks = await collect(stream)
    const pieces = chunks.filter((chunk) => chunk.audio !== undefined)
    expect(pieces.length).toBeGreaterThan(4)
    // Raw pcm16 samples, ready for playback as they come: no file header in the stream.
    expect(audioOf(chunks)).toEqual(samples())
    const transcript = chunks.map((chunk) => chunk.transcript ?? '').join('')
    expect(transcript).toContain('OpenRouter emulator')
  })

  it('stops reading and throws a clear error when iterated twice', async () => {
    const stream = await speakStream({ model: MODEL, text: 'Hello' }, { client: client() })
    const first: SpeakChunk[] = []
    for await (const chunk of stream) {
      first.push(chunk)
      break
    }
    const head = first[0]?.audio ?? new Uint8Array()
    expect(head.length).toBeGreaterThan(0)
    expect(head).toEqual(samples().subarray(0, head.length))
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already consumed by iteration/)
    expect(() => stream.finalAudio()).toThrow(/already consumed by iteration/)
  })

  it('resolves finalAudio with the whole clip, the bytes speak returns', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 7 }, { client: client() }),
    )
    expect(await stream.finalAudio()).toEqual(sampleAudioWav())
  })

  it('rejects finalAudio with the audio so far in error.partial when the stream fails midway', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 6, errorAfter: 3 }, { client: client() }),
    )
    const error = await rejection(stream.finalAudio())
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'server', status: 200, generationId: stream.generationId })
    expect(error.message).toMatch(/in-band error code/)
    // The samples so far, as a WAV file like the whole clip would be.
    const partial = error.partial as Uint8Array
    expect(partial).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(partial.subarray(0, 4))).toBe('RIFF')
    const spoken = partial.subarray(WAV_HEADER_BYTES)
    expect(spoken.length).toBeGreaterThan(0)
    expect(spoken.length).toBeLessThan(samples().length)
    expect(spoken).toEqual(samples().subarray(0, spoken.length))
  })

  it('rebuilds the same clip on the other side when toReadableStream feeds fromReadableStream', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 5 }, { client: client() }),
    )
    const rebuilt = SpeakStream.fromReadableStream(stream.toReadableStream())
    const chunks = await collect(rebuilt)
    expect(audioOf(chunks)).toEqual(samples())
    expect(chunks.map((chunk) => chunk.transcript ?? '').join('')).toContain('OpenRouter emulator')
  })

  it('rethrows an in-band error on the receiving side when a forwarded stream fails', async () => {
    const stream = await speakStream(
      { model: MODEL, text: 'Hello' },
      scenario({ chunks: 6, errorAfter: 2, errorCode: 429 }, { client: client() }),
    )
    const error = await rejection(SpeakStream.fromReadableStream(stream.toReadableStream()).finalAudio())
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect(isOpenRouterError(error) && error.code).toBe(429)
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
