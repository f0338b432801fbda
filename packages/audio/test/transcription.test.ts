import { readFile } from 'node:fs/promises'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { MAX_MULTIPART_BYTES, transcription } from '../src/index.js'
import { engines, expectInvalid, lastBody, rejection, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/whisper-1'
const wavFile = () => readFile(new URL('./fixtures/tone-440hz.wav', import.meta.url))

describe.each(engines)('transcription on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('sends base64 JSON and returns text and usage when called with defaults', async () => {
    const wav = await wavFile()
    const result = await transcription(
      { model: MODEL, audio: wav, format: 'wav', language: 'en' },
      { client: client() },
    )
    expect(result.text).toBe(`transcribed: ${wav.length} bytes of wav`)
    expect(result.usage?.seconds).toBe(0.25)
    expect(result.generationId).toMatch(/^gen-/)
    expect(lastBody(mock.server)).toEqual({
      model: MODEL,
      language: 'en',
      input_audio: { data: wav.toString('base64'), format: 'wav' },
    })
  })

  it('sends multipart with the file and fields when multipart is true', async () => {
    const wav = await wavFile()
    const result = await transcription(
      {
        model: MODEL,
        file: new Blob([wav], { type: 'audio/wav' }),
        multipart: true,
        response_format: 'verbose_json',
        timestamp_granularities: ['segment', 'word'],
        temperature: 0,
      },
      { client: client() },
    )
    expect(result.text).toBe(`transcribed: ${wav.length} bytes of wav`)
    // The emulator keeps the last of repeated fields: 'timestamp_granularities[]' = 'word'.
    expect(result.words?.length).toBeGreaterThan(0)
    const body = lastBody(mock.server) as unknown as {
      fields: Record<string, string>
      files: { name: string; filename: string; type: string; base64: string }[]
    }
    expect(body.fields).toMatchObject({
      model: MODEL,
      response_format: 'verbose_json',
      temperature: '0',
      'timestamp_granularities[]': 'word',
    })
    expect(body.files).toEqual([
      expect.objectContaining({
        name: 'file',
        filename: 'audio.wav',
        type: 'audio/wav',
        base64: wav.toString('base64'),
      }),
    ])
  })

  it('rejects with decode when the answer has no text', async () => {
    const options = {
      client: client(),
      headers: { 'x-mock-scenario': JSON.stringify({ body: { usage: { seconds: 1 } } }) },
    }
    const error = await rejection(
      transcription({ model: MODEL, audio: new Uint8Array([1]), format: 'wav' }, options),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
  })

  it('rejects before any I/O naming the field when the params are bad', async () => {
    const options = { client: client() }
    const call = (params: Record<string, unknown>) =>
      transcription({ model: MODEL, format: 'wav', ...params } as never, options)
    await expectInvalid(mock.server, call({}), 'audio')
    await expectInvalid(mock.server, call({ audio: new Uint8Array(0) }), 'audio')
    await expectInvalid(mock.server, call({ file: new Uint8Array(0) }), 'file')
    await expectInvalid(
      mock.server,
      call({ audio: new Uint8Array([1]), response_format: 'srt' }),
      'response_format',
    )
    await expectInvalid(
      mock.server,
      call({ audio: new Uint8Array([1]), timestamp_granularities: ['segment', 'line'] }),
      'timestamp_granularities[1]',
    )
    await expectInvalid(
      mock.server,
      call({ audio: new Uint8Array([1]), format: undefined, mime: 'image/png' }),
      'mime',
    )
    await expectInvalid(
      mock.server,
      call({ audio: new Uint8Array([1]), multipart: true, provider: { only: ['openai'] } }),
      'provider',
    )
  })

  it('rejects before any I/O when a multipart clip is over MAX_MULTIPART_BYTES', async () => {
    const huge = new Uint8Array(MAX_MULTIPART_BYTES + 1)
    const message = await expectInvalid(
      mock.server,
      transcription({ model: MODEL, audio: huge, format: 'wav', multipart: true }, { client: client() }),
      'audio',
    )
    expect(message).toContain(`limit of ${MAX_MULTIPART_BYTES} bytes`)
  })
})
