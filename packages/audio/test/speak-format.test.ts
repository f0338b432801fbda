import { sampleAudioWav } from '@orsdk/mock-server'
import { withServer } from '@orsdk/test-support'
import { isOpenRouterError } from '@orsdk/transport'
import { concatBytes } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { PCM16_SAMPLE_RATE, speak, speakStream, wavFromPcm16 } from '../src/index.js'
import { collect, engines, expectInvalid, rejection, scenario, useClient, useMockServer } from './helpers.js'

// The emulator refuses, as OpenAI's audio models do, a streamed audio format other than pcm16;
// its pcm16 samples are the sample WAV's, at 24 kHz.
const mock = useMockServer()
const MODEL = 'openai/gpt-audio-mini'
const WAV_HEADER_BYTES = 44

describe.each(engines)('speak output formats on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('asks the model for pcm16 and returns a playable WAV file by default', async () => {
    const audio = await speak({ model: MODEL, text: 'Hello' }, { client: client() })
    expect((mock.server.requests.at(-1)?.body as { audio?: unknown } | undefined)?.audio).toEqual({
      voice: 'alloy',
      format: 'pcm16',
    })
    expect(audio).toEqual(sampleAudioWav())
  })

  it('returns the same WAV file when wav is asked for by name', async () => {
    expect(await speak({ model: MODEL, text: 'Hello', format: 'wav' }, { client: client() })).toEqual(
      sampleAudioWav(),
    )
  })

  it('returns the raw samples for pcm16', async () => {
    const audio = await speak({ model: MODEL, text: 'Hello', format: 'pcm16' }, { client: client() })
    expect(audio).toEqual(sampleAudioWav().subarray(WAV_HEADER_BYTES))
  })

  it('writes the asked sample rate into the WAV header', async () => {
    const audio = await speak({ model: MODEL, text: 'Hello', sampleRate: 16_000 }, { client: client() })
    expect(new DataView(audio.buffer, audio.byteOffset).getUint32(24, true)).toBe(16_000)
    expect(audio.subarray(WAV_HEADER_BYTES)).toEqual(sampleAudioWav().subarray(WAV_HEADER_BYTES))
  })

  it('streams raw samples and finishes with the WAV file', async () => {
    const pieces = await collect(
      await speakStream({ model: MODEL, text: 'Hello' }, scenario({ chunks: 5 }, { client: client() })),
    )
    const samples = concatBytes(pieces.flatMap((piece) => (piece.audio ? [piece.audio] : [])))
    expect(samples).toEqual(sampleAudioWav().subarray(WAV_HEADER_BYTES))
    expect(
      await (await speakStream({ model: MODEL, text: 'Hello' }, { client: client() })).finalAudio(),
    ).toEqual(sampleAudioWav())
  })

  it.each(['mp3', 'flac', 'opus', 'aac'])(
    'rejects %s before any I/O, pointing to what works',
    async (format) => {
      const message = await expectInvalid(
        mock.server,
        speak({ model: MODEL, text: 'Hello', format: format as 'wav' }, { client: client() }),
        'format',
      )
      expect(message).toContain('stream pcm16 only')
      expect(message).toContain('speech()')
    },
  )

  it('keeps a WAV the model sent whole as it is, with no second header', async () => {
    const wav = sampleAudioWav()
    const data = Buffer.from(wav).toString('base64')
    const body = { choices: [{ message: { role: 'assistant', audio: { data, transcript: 'Hello' } } }] }
    await withServer(
      async (server) => {
        const own = makeClient(server.baseURL)
        try {
          expect(await speak({ model: MODEL, text: 'Hello' }, { client: own })).toEqual(wav)
        } finally {
          await own.close()
        }
      },
      { script: () => ({ status: 200, body }) },
    )
  })

  it('shows the provider refusal when a request reaches the model with another streamed format', async () => {
    const error = await rejection(
      fetch(`${mock.server.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk-or-v1-test', 'content-type': 'application/json' },
        body: JSON.stringify({
          model: MODEL,
          stream: true,
          modalities: ['text', 'audio'],
          audio: { format: 'wav' },
          messages: [{ role: 'user', content: 'Hi' }],
        }),
      }).then(async (response) => {
        throw new Error(`${response.status} ${await response.text()}`)
      }),
    )
    expect(isOpenRouterError(error)).toBe(false)
    expect(String(error)).toContain('400')
    expect(String(error)).toContain("Supported values are: 'pcm16'")
  })
})

describe('wavFromPcm16', () => {
  it('builds the header a player reads: RIFF, PCM, mono, 16-bit, the rate, the data size', () => {
    const wav = wavFromPcm16(new Uint8Array([1, 2, 3, 4]))
    const view = new DataView(wav.buffer)
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF')
    expect(view.getUint32(4, true)).toBe(40)
    expect(view.getUint16(22, true)).toBe(1)
    expect(view.getUint32(24, true)).toBe(PCM16_SAMPLE_RATE)
    expect(view.getUint16(34, true)).toBe(16)
    expect(view.getUint32(40, true)).toBe(4)
    expect(wav.subarray(44)).toEqual(new Uint8Array([1, 2, 3, 4]))
  })
})
