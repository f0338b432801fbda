import { readFile } from 'node:fs/promises'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TRANSCRIBE_PROMPT, MAX_AUDIO_BYTES, transcribe } from '../src/index.js'
import { engines, expectInvalid, lastBody, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'google/gemini-2.5-flash'
const fixture = (name: string) => readFile(new URL(`./fixtures/${name}`, import.meta.url))

type Part = { type: string; text?: string; input_audio?: { data: string; format: string } }
const partsOf = (body: Record<string, unknown>) => (body.messages as { content: Part[] }[])[0]?.content ?? []

describe.each(engines)('transcribe on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('sends the exact base64 and format of a real WAV file when given a Buffer', async () => {
    const wav = await fixture('tone-440hz.wav')
    const text = await transcribe({ model: MODEL, audio: wav, format: 'wav' }, { client: client() })
    expect(text).toBe(`transcribed: ${wav.length} bytes of wav`)
    const body = lastBody(mock.server)
    expect(body.model).toBe(MODEL)
    expect(partsOf(body)).toEqual([
      { type: 'text', text: DEFAULT_TRANSCRIBE_PROMPT },
      { type: 'input_audio', input_audio: { data: wav.toString('base64'), format: 'wav' } },
    ])
  })

  it('derives the format from the MIME type when given a Blob, an ArrayBuffer or a Uint8Array', async () => {
    const mp3 = await fixture('silence.mp3')
    const cases = [
      { audio: new Blob([mp3], { type: 'audio/webm;codecs=opus' }), format: 'ogg' },
      { audio: new Blob([mp3], { type: 'audio/mpeg' }), format: 'mp3' },
      { audio: new Uint8Array(mp3).buffer, mime: 'audio/mp4', format: 'm4a' },
      { audio: new Uint8Array(mp3), mime: 'audio/x-wav', format: 'wav' },
      { audio: new Uint8Array(mp3), mime: 'audio/flac', format: 'flac' },
    ]
    for (const { format, ...given } of cases) {
      await transcribe({ model: MODEL, ...given }, { client: client() })
      const part = partsOf(lastBody(mock.server))[1]
      expect(part?.input_audio).toEqual({ data: mp3.toString('base64'), format })
    }
  })

  it('uses the prompt and the language hint when they are given', async () => {
    await transcribe(
      {
        model: MODEL,
        audio: new Uint8Array([1, 2, 3]),
        format: 'wav',
        prompt: 'Write it down.',
        language: 'French',
      },
      { client: client() },
    )
    expect(partsOf(lastBody(mock.server))[0]?.text).toBe('Write it down. The speech is in French.')
  })

  it('rejects with decode when the answer has no text', async () => {
    const options = scenario({ body: { choices: [{ message: { content: null } }] } }, { client: client() })
    const error = await rejection(
      transcribe({ model: MODEL, audio: new Uint8Array([1]), format: 'wav' }, options),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain(JSON.stringify('{"choices":[{"message":{"content":null}}]}'))
    expect(isOpenRouterError(error) && error.body).toBe('{"choices":[{"message":{"content":null}}]}')
  })

  it('rejects before any I/O naming the field when the audio or its type is bad', async () => {
    const options = { client: client() }
    const call = (params: Record<string, unknown>) =>
      transcribe({ model: MODEL, audio: new Uint8Array([1]), ...params } as never, options)
    await expectInvalid(mock.server, call({ audio: new Uint8Array(0), format: 'wav' }), 'audio')
    await expectInvalid(mock.server, call({ audio: new Blob([]), format: 'wav' }), 'audio')
    await expectInvalid(mock.server, call({ audio: 'UklGRg==', format: 'wav' }), 'audio')
    const unknown = await expectInvalid(mock.server, call({ mime: 'application/x-thing' }), 'mime')
    expect(unknown).toContain('application/x-thing')
    await expectInvalid(
      mock.server,
      call({ audio: new Blob([new Uint8Array([1])], { type: 'text/plain' }) }),
      'audio.type',
    )
    await expectInvalid(mock.server, call({}), 'format')
    await expectInvalid(mock.server, call({ model: '' }), 'model')
  })

  it('rejects before any I/O when the clip is over MAX_AUDIO_BYTES', async () => {
    // Zero-filled memory is mapped lazily, so this costs next to nothing.
    const huge = new ArrayBuffer(MAX_AUDIO_BYTES + 1)
    const message = await expectInvalid(
      mock.server,
      transcribe({ model: MODEL, audio: huge, format: 'wav' }, { client: client() }),
      'audio',
    )
    expect(message).toContain(`limit of ${MAX_AUDIO_BYTES} bytes`)
  })
})
