import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, sampleAudioWav, startMockServer } from '../src/index'
import { KEY, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

const speech = (body: Record<string, unknown>) =>
  postJson(`${server.baseURL}/audio/speech`, { model: 'openai/gpt-4o-mini-tts', input: 'Hello', ...body })

describe('POST /audio/speech', () => {
  it('answers raw 16-bit PCM when no response_format is given', async () => {
    const response = await speech({})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('audio/pcm')
    expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
    const pcm = new Uint8Array(await response.arrayBuffer())
    expect(pcm).toEqual(sampleAudioWav().subarray(44))
  })

  it('answers MPEG layer III frames when response_format is mp3', async () => {
    const response = await speech({ response_format: 'mp3' })
    expect(response.headers.get('content-type')).toBe('audio/mpeg')
    const mp3 = new Uint8Array(await response.arrayBuffer())
    expect([...mp3.subarray(0, 4)]).toEqual([0xff, 0xfb, 0x10, 0xc0])
    expect(mp3.length % 104).toBe(0)
  })

  it('answers the sample WAV when response_format is wav', async () => {
    const response = await speech({ response_format: 'wav' })
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(sampleAudioWav())
  })

  it('rejects with 400 when input is empty or the format unknown', async () => {
    expect((await speech({ input: '' })).status).toBe(400)
    const response = await speech({ response_format: 'ogg' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('ogg')
  })

  it('answers 401 when the key is missing', async () => {
    const response = await fetch(`${server.baseURL}/audio/speech`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(401)
  })
})

const wavBase64 = () => Buffer.from(sampleAudioWav()).toString('base64')
const transcribeJson = (body: Record<string, unknown>) =>
  postJson(`${server.baseURL}/audio/transcriptions`, {
    model: 'openai/whisper-1',
    input_audio: { data: wavBase64(), format: 'wav' },
    ...body,
  })

describe('POST /audio/transcriptions', () => {
  it('describes the base64 audio it received when the body is JSON', async () => {
    const response = await transcribeJson({})
    expect(response.status).toBe(200)
    expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
    const result = (await response.json()) as { text: string; usage: { seconds: number } }
    expect(result.text).toBe(`transcribed: ${sampleAudioWav().length} bytes of wav`)
    expect(result.usage.seconds).toBe(0.25)
  })

  it('describes the file it received when the body is multipart', async () => {
    const form = new FormData()
    form.set('model', 'openai/whisper-1')
    form.set('file', new Blob([Buffer.from(sampleAudioWav())], { type: 'audio/wav' }), 'clip.wav')
    const response = await fetch(`${server.baseURL}/audio/transcriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: form,
    })
    const result = (await response.json()) as { text: string }
    expect(result.text).toBe(`transcribed: ${sampleAudioWav().length} bytes of wav`)
  })

  it('adds segments and words when response_format is verbose_json', async () => {
    const response = await transcribeJson({
      response_format: 'verbose_json',
      timestamp_granularities: ['segment', 'word'],
      language: 'en',
    })
    const result = (await response.json()) as Record<string, unknown>
    expect(result).toMatchObject({ task: 'transcribe', language: 'en', duration: 0.25 })
    expect(result.segments).toHaveLength(1)
    expect(result.words).toHaveLength(5)
  })

  it('rejects with 400 when response_format is text, srt or vtt', async () => {
    for (const format of ['text', 'srt', 'vtt']) {
      expect((await transcribeJson({ response_format: format })).status).toBe(400)
    }
  })

  it('rejects with 400 when the audio is missing', async () => {
    expect((await transcribeJson({ input_audio: { data: '', format: 'wav' } })).status).toBe(400)
  })
})
