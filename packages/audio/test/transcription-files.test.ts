import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { speechStream, transcription } from '../src/index.js'
import { engines, expectInvalid, lastBody, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/whisper-1'
const wavPath = fileURLToPath(new URL('./fixtures/tone-440hz.wav', import.meta.url))

interface RecordedForm {
  fields: Record<string, string>
  files: { name: string; filename: string; type: string; size: number }[]
}

describe.each(engines)('transcription from files and names on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('names the multipart file part with filename', async () => {
    const wav = await readFile(wavPath)
    await transcription(
      { model: MODEL, audio: wav, format: 'wav', filename: 'standup-2026-12-01.wav', multipart: true },
      { client: client() },
    )
    const form = lastBody(mock.server) as unknown as RecordedForm
    expect(form.files).toEqual([
      expect.objectContaining({
        name: 'file',
        filename: 'standup-2026-12-01.wav',
        type: 'audio/wav',
        size: wav.length,
      }),
    ])
  })

  it('streams a file read by path as a multipart upload named after it, its format from the extension', async () => {
    const wav = await readFile(wavPath)
    const result = await transcription({ model: MODEL, path: wavPath, multipart: true }, { client: client() })
    expect(result.text).toBe(`transcribed: ${wav.length} bytes of wav`)
    const form = lastBody(mock.server) as unknown as RecordedForm
    expect(form.files).toEqual([
      expect.objectContaining({ filename: 'tone-440hz.wav', type: 'audio/wav', size: wav.length }),
    ])
  })

  it('sends a file read by path as base64 JSON by default', async () => {
    const wav = await readFile(wavPath)
    await transcription({ model: MODEL, path: wavPath }, { client: client() })
    expect(lastBody(mock.server)).toEqual({
      model: MODEL,
      input_audio: { data: wav.toString('base64'), format: 'wav' },
    })
  })

  it('rejects a path that is not a readable file before any request, naming it', async () => {
    const message = await expectInvalid(
      mock.server,
      transcription({ model: MODEL, path: '/no/such/clip.wav' }, { client: client() }),
      'path',
    )
    expect(message).toContain('ENOENT')
  })

  it('rejects a path with no audio extension and no format before any request', async () => {
    await expectInvalid(
      mock.server,
      transcription({ model: MODEL, path: fileURLToPath(import.meta.url) }, { client: client() }),
      'format',
    )
  })

  it('rejects two sources at once before any request', async () => {
    await expectInvalid(
      mock.server,
      transcription({ model: MODEL, path: wavPath, audio: new Uint8Array([1]) }, { client: client() }),
      'file',
    )
  })
})

describe.each(engines)('speechStream on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('hands the audio over as a stream of the bytes speech would return', async () => {
    const { audio, contentType, generationId } = await speechStream(
      { model: 'openai/gpt-4o-mini-tts', input: 'Hello.', voice: 'alloy', response_format: 'mp3' },
      { client: client() },
    )
    expect(contentType).toBe('audio/mpeg')
    expect(generationId).toMatch(/^gen-/)
    const bytes = new Uint8Array(await new Response(audio).arrayBuffer())
    expect(bytes[0]).toBe(0xff)
    expect(bytes.length).toBeGreaterThan(100)
  })

  it('rejects bad params before any request', async () => {
    await expectInvalid(
      mock.server,
      speechStream({ model: 'openai/gpt-4o-mini-tts', input: '' }, { client: client() }),
      'input',
    )
  })
})
