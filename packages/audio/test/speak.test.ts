import { sampleAudioWav } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SPEAK_INSTRUCTIONS, speak } from '../src/index.js'
import { engines, expectInvalid, lastBody, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-4o-audio-preview'
const WAV_HEADER_BYTES = 44
/** The emulator's pcm16 samples: its sample WAV without the header. */
const samples = () => sampleAudioWav().subarray(WAV_HEADER_BYTES)
/** A short clip of raw samples, small enough to script through a request header. */
const shortClip = () => samples().subarray(0, 600)
const expectWavOf = (audio: Uint8Array, pcm: Uint8Array) => {
  expect(new TextDecoder().decode(audio.subarray(0, 4))).toBe('RIFF')
  expect(new DataView(audio.buffer, audio.byteOffset).getUint32(40, true)).toBe(pcm.length)
  expect(audio.subarray(WAV_HEADER_BYTES)).toEqual(pcm)
}
const sse = (...events: unknown[]) => [
  ...events.map((event) => `data: ${JSON.stringify(event)}\n\n`),
  'data: [DONE]\n\n',
]

describe.each(engines)('speak on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('returns bytes identical to the WAV the emulator split when fragments are cut mid-quantum', async () => {
    for (const chunks of [1, 4, 7, 13]) {
      const audio = await speak(
        { model: MODEL, text: 'Hello there.' },
        scenario({ chunks }, { client: client() }),
      )
      expect(audio).toEqual(sampleAudioWav())
    }
  })

  it('asks for streamed audio and a verbatim reading when called with defaults', async () => {
    await speak({ model: MODEL, text: 'What time is it?' }, { client: client() })
    expect(lastBody(mock.server)).toEqual({
      model: MODEL,
      modalities: ['text', 'audio'],
      audio: { voice: 'alloy', format: 'pcm16' },
      stream: true,
      messages: [
        { role: 'system', content: DEFAULT_SPEAK_INSTRUCTIONS },
        { role: 'user', content: 'What time is it?' },
      ],
    })
  })

  it('sends the voice, format, instructions and extra fields when they are given', async () => {
    await speak(
      {
        model: MODEL,
        text: 'Hi',
        voice: 'nova',
        format: 'pcm16',
        instructions: 'Whisper it.',
        temperature: 0,
      },
      { client: client() },
    )
    const body = lastBody(mock.server)
    expect(body.audio).toEqual({ voice: 'nova', format: 'pcm16' })
    expect(body.temperature).toBe(0)
    expect(body.messages).toEqual([
      { role: 'system', content: 'Whisper it.' },
      { role: 'user', content: 'Hi' },
    ])
  })

  it('accepts a whole message.audio when a chunk carries the answer at once', async () => {
    const data = Buffer.from(shortClip()).toString('base64')
    const raw = sse({ choices: [{ message: { role: 'assistant', audio: { data } }, finish_reason: 'stop' }] })
    expectWavOf(
      await speak({ model: MODEL, text: 'Hi' }, scenario({ raw }, { client: client() })),
      shortClip(),
    )
  })

  it('rejects with decode saying what came back when the answer has no audio', async () => {
    const raw = sse(
      { choices: [{ delta: { content: 'Sure! The time is' }, finish_reason: null }] },
      { choices: [{ delta: { content: ' noon.' }, finish_reason: 'stop' }] },
    )
    const error = await rejection(
      speak({ model: MODEL, text: 'Time?' }, scenario({ raw }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain('no audio')
    expect((error as Error).message).toContain('Sure! The time is noon.')
    expect((error as Error).message).toContain('finish_reason stop')
  })

  it('rejects with decode when the audio is not base64', async () => {
    const raw = sse({ choices: [{ delta: { audio: { data: '%%%%' } }, finish_reason: 'stop' }] })
    const error = await rejection(
      speak({ model: MODEL, text: 'Hi' }, scenario({ raw }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
  })

  it('returns the audio of a buffered JSON answer when the model ignores stream: true', async () => {
    const data = Buffer.from(shortClip()).toString('base64')
    const body = {
      id: 'gen-1',
      choices: [{ message: { role: 'assistant', audio: { data } }, finish_reason: 'stop' }],
    }
    expectWavOf(
      await speak({ model: MODEL, text: 'Hi' }, scenario({ body }, { client: client() })),
      shortClip(),
    )
  })

  it('rejects with decode saying what came back when a buffered JSON answer has no audio', async () => {
    const body = {
      choices: [{ message: { role: 'assistant', content: 'No voice here.' }, finish_reason: 'stop' }],
    }
    const error = await rejection(
      speak({ model: MODEL, text: 'Hi' }, scenario({ body }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain('No voice here.')
  })

  it('throws the in-band error when the stream fails midway', async () => {
    const options = scenario({ chunks: 6, errorAfter: 2 }, { client: client() })
    const error = await rejection(speak({ model: MODEL, text: 'Hi' }, options))
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && error.status).toBe(200)
    // What was spoken before the failure, as a playable WAV file like the whole clip.
    const partial = (error as { partial?: Uint8Array }).partial ?? new Uint8Array()
    const spoken = partial.subarray(WAV_HEADER_BYTES)
    expect(spoken.length).toBeGreaterThan(0)
    expect(spoken.length).toBeLessThan(samples().length)
    expectWavOf(partial, samples().subarray(0, spoken.length))
  })

  it('rejects with stream_disconnect when the stream ends before [DONE]', async () => {
    const options = scenario({ noDone: true }, { client: client() })
    const error = await rejection(speak({ model: MODEL, text: 'Hi' }, options))
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('rejects with rate_limit when the server answers 429', async () => {
    const options = scenario({ status: 429, retryAfter: 2 }, { client: client() })
    const error = await rejection(speak({ model: MODEL, text: 'Hi' }, options))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
  })

  it('rejects before any I/O naming the field when the params are bad', async () => {
    const options = { client: client() }
    await expectInvalid(mock.server, speak({ model: MODEL, text: '' }, options), 'text')
    await expectInvalid(mock.server, speak({ model: MODEL, text: '  \n' }, options), 'text')
    await expectInvalid(mock.server, speak({ model: '', text: 'Hi' }, options), 'model')
    await expectInvalid(mock.server, speak({ text: 'Hi' } as never, options), 'model')
    await expectInvalid(mock.server, speak({ model: MODEL, text: 'Hi', voice: 3 } as never, options), 'voice')
    await expectInvalid(mock.server, speak({ model: MODEL, text: 'Hi', stream: false }, options), 'stream')
  })
})
