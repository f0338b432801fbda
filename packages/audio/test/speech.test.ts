import { sampleAudioWav } from '@orsdk/mock-server'
import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { speech } from '../src/index.js'
import { engines, expectInvalid, lastBody, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-4o-mini-tts'

describe.each(engines)('speech on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('returns raw PCM and its content type when no response_format is given', async () => {
    const result = await speech({ model: MODEL, input: 'Hello', voice: 'alloy' }, { client: client() })
    expect(result.contentType).toBe('audio/pcm')
    expect(result.audio).toEqual(sampleAudioWav().subarray(44))
    expect(result.generationId).toMatch(/^gen-/)
    expect(lastBody(mock.server)).toEqual({ model: MODEL, input: 'Hello', voice: 'alloy' })
  })

  it('returns MPEG audio when response_format is mp3', async () => {
    const result = await speech(
      { model: MODEL, input: 'Hello', response_format: 'mp3', speed: 1.2, provider: { options: {} } },
      { client: client() },
    )
    expect(result.contentType).toBe('audio/mpeg')
    expect([...result.audio.subarray(0, 2)]).toEqual([0xff, 0xfb])
    expect(lastBody(mock.server)).toMatchObject({ speed: 1.2, provider: { options: {} } })
  })

  it('rejects with invalid_request when the server refuses the format', async () => {
    const error = await rejection(
      speech({ model: MODEL, input: 'Hi', response_format: 'ogg' }, { client: client() }),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect(isOpenRouterError(error) && error.status).toBe(400)
  })

  it('rejects with decode when the answer is JSON or empty instead of audio', async () => {
    const json = scenario({ body: { text: 'not audio' } }, { client: client() })
    const error = await rejection(speech({ model: MODEL, input: 'Hi' }, json))
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    const empty = scenario({ body: '', contentType: 'audio/mpeg' }, { client: client() })
    const emptyError = await rejection(speech({ model: MODEL, input: 'Hi' }, empty))
    expect(isOpenRouterError(emptyError) && emptyError.kind).toBe('decode')
    expect((emptyError as Error).message).toContain('audio/mpeg')
  })

  it('rejects before any I/O naming the field when the params are bad', async () => {
    const options = { client: client() }
    await expectInvalid(mock.server, speech({ model: MODEL, input: '' }, options), 'input')
    await expectInvalid(mock.server, speech({ model: MODEL, input: 'Hi', speed: 0 }, options), 'speed')
    await expectInvalid(mock.server, speech({ input: 'Hi' } as never, options), 'model')
  })
})
