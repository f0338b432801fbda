import { sampleImagePng } from '@orsdk/mock-server'
import {
  clientEngines,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { generateImage, imageReference } from '../src/index.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-image-1'
const png = new Uint8Array(sampleImagePng())

describe.each(clientEngines(createClient))('generateImage on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('resolves decoded image bytes with their media type, usage with cost and the generation id', async () => {
    const result = await generateImage({ model: MODEL, prompt: 'a fox', n: 2 }, { client: client() })
    expect(result.images).toHaveLength(2)
    expect(result.images[0]?.data).toEqual(png)
    expect(result.images[0]?.mediaType).toBe('image/png')
    expect(result.usage?.cost).toBe(0.08)
    expect(result.generationId).toMatch(/^gen-/)
    expect(typeof result.created).toBe('number')
    expect(mock.server.requests.at(-1)?.body).toEqual({ model: MODEL, prompt: 'a fox', n: 2 })
  })

  it('sends reference images for image-to-image, as URLs and as data URIs built from bytes', async () => {
    const references = [imageReference(png), imageReference('https://example.com/style.jpg')]
    await generateImage(
      { model: MODEL, prompt: 'the same, in blue', input_references: references },
      { client: client() },
    )
    const body = mock.server.requests.at(-1)?.body as { input_references?: { image_url: { url: string } }[] }
    const sent = body.input_references ?? []
    expect(sent[0]?.image_url.url).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`)
    expect(sent[1]?.image_url.url).toBe('https://example.com/style.jpg')
  })

  it('reads the media type from the bytes, a data URL or output_format when the answer leaves it out', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]).toString('base64')
    const body = {
      created: 1,
      data: [
        { b64_json: jpeg },
        { url: `data:image/webp;base64,${Buffer.from('RIFF0000WEBP').toString('base64')}` },
        { url: 'https://cdn.example/image.png' },
        { b64_json: Buffer.from('unknown bytes').toString('base64') },
      ],
    }
    const result = await generateImage(
      { model: MODEL, prompt: 'x', output_format: 'webp' },
      scenario({ body }, { client: client() }),
    )
    expect(result.images.map((image) => image.mediaType)).toEqual([
      'image/jpeg',
      'image/webp',
      'image/webp',
      'image/webp',
    ])
    expect(new TextDecoder().decode(result.images[1]?.data)).toBe('RIFF0000WEBP')
    expect(result.images[2]).toEqual({
      data: new Uint8Array(0),
      mediaType: 'image/webp',
      url: 'https://cdn.example/image.png',
    })
  })

  it('rejects with decode when the answer holds no image or an image that is not base64', async () => {
    const empty = await rejection(
      generateImage(
        { model: MODEL, prompt: 'x' },
        scenario({ body: { created: 1, data: [] } }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(empty) && empty.kind).toBe('decode')
    expect((empty as Error).message).toContain('carried no image')
    const bad = await rejection(
      generateImage(
        { model: MODEL, prompt: 'x' },
        scenario({ body: { created: 1, data: [{ b64_json: '*not base64*' }] } }, { client: client() }),
      ),
    )
    expect(isOpenRouterError(bad) && bad.kind).toBe('decode')
  })

  it('rejects bad params before any I/O, naming the field', async () => {
    const options = { client: client() }
    await expectInvalid(mock.server, generateImage({ model: MODEL, prompt: '' }, options), 'prompt')
    await expectInvalid(mock.server, generateImage({ model: MODEL, prompt: 'x', n: 11 }, options), 'n')
    await expectInvalid(
      mock.server,
      generateImage({ model: MODEL, prompt: 'x', output_compression: 101 }, options),
      'output_compression',
    )
    await expectInvalid(
      mock.server,
      generateImage({ model: MODEL, prompt: 'x', input_references: [{ url: 'x' }] as never }, options),
      'input_references[0].type',
    )
    await expectInvalid(
      mock.server,
      generateImage({ model: MODEL, prompt: 'x', stream: true }, options),
      'stream',
    )
    await expectInvalid(mock.server, generateImage({ prompt: 'x' } as never, options), 'model')
  })

  it('rejects an HTTP error with its kind, and a 200 whose body carries error', async () => {
    const payment = await rejection(
      generateImage({ model: MODEL, prompt: 'x' }, scenario({ status: 402 }, { client: client() })),
    )
    expect(isOpenRouterError(payment) && payment.kind).toBe('payment_required')
    const inBand = await rejection(
      generateImage(
        { model: MODEL, prompt: 'x' },
        scenario(
          { body: { error: { code: 502, message: 'Provider returned error' } } },
          { client: client() },
        ),
      ),
    )
    expect(isOpenRouterError(inBand) && inBand.kind).toBe('server')
  })
})

describe('imageReference', () => {
  it('rejects empty bytes and bytes of unknown type without a media type', () => {
    expect(() => imageReference(new Uint8Array(0))).toThrow(/source: must be a URL or non-empty image bytes/)
    expect(() => imageReference(new Uint8Array([1, 2, 3]))).toThrow(/mediaType: /)
    expect(imageReference(new Uint8Array([1, 2, 3]), 'image/avif').image_url.url).toBe(
      'data:image/avif;base64,AQID',
    )
  })
})
