import { sampleImagePng } from '@orsdk/mock-server'
import {
  clientEngines,
  collect,
  eventually,
  expectInvalid,
  rejection,
  scenario,
  useClient,
  useMockServer,
  withClient,
  withServer,
} from '@orsdk/test-support'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { generateImageStream, type ImageResult, type ImageSinkEvent, ImageStream } from '../src/index.js'

const mock = useMockServer()
const MODEL = 'openai/gpt-image-1'
const png = new Uint8Array(sampleImagePng())

describe.each(clientEngines(createClient))(
  'generateImageStream on the $name',
  ({ client: makeClient, socketCounting }) => {
    const client = useClient(() => makeClient(mock.server.baseURL))

    it('yields partial images as they arrive, then the final image', async () => {
      const stream = await generateImageStream(
        { model: MODEL, prompt: 'a fox' },
        scenario({ chunks: 3 }, { client: client() }),
      )
      const items = await collect(stream)
      expect(items.map((item) => item.type)).toEqual(['partial', 'partial', 'partial', 'completed'])
      const partials = items.flatMap((item) => (item.type === 'partial' ? [item] : []))
      expect(partials.map((item) => item.index)).toEqual([0, 1, 2])
      expect(partials[0]?.image.mediaType).toBe('image/png')
      expect(partials[0]?.image.data).not.toEqual(png)
      const last = items.at(-1)
      expect(last?.type === 'completed' && last.images[0]?.data).toEqual(png)
      expect(mock.server.requests.at(-1)?.body).toMatchObject({ stream: true })
    })

    it('resolves finalImages() with the images, usage and generation id, as generateImage would', async () => {
      const stream = await generateImageStream({ model: MODEL, prompt: 'a fox', n: 2 }, { client: client() })
      const result = await stream.finalImages()
      expect(result.images.map((image) => image.data)).toEqual([png, png])
      expect(result.usage?.cost).toBe(0.08)
      expect(result.generationId).toBe(stream.generationId)
      expect(result.generationId).toMatch(/^gen-/)
    })

    it('yields SVG markup as text items, then the SVG image', async () => {
      const stream = await generateImageStream(
        { model: MODEL, prompt: 'a square', output_format: 'svg' },
        scenario({ chunks: 3 }, { client: client() }),
      )
      const items = await collect(stream)
      const markup = items.map((item) => (item.type === 'text' ? item.text : '')).join('')
      const last = items.at(-1)
      const image = last?.type === 'completed' ? last.images[0] : undefined
      expect(image?.mediaType).toBe('image/svg+xml')
      expect(new TextDecoder().decode(image?.data)).toBe(markup)
    })

    it('holds the one answer of a model that does not stream as one completed item', async () => {
      const stream = await generateImageStream(
        { model: 'black-forest-labs/flux.2-pro', prompt: 'a fox', n: 2 },
        { client: client() },
      )
      const items = await collect(stream)
      expect(items).toHaveLength(1)
      expect(items[0]?.type === 'completed' && items[0].images.length).toBe(2)
    })

    it('throws an in-band error event with the images finished so far in error.partial', async () => {
      const stream = await generateImageStream(
        { model: MODEL, prompt: 'a fox', n: 2 },
        scenario({ chunks: 1, errorAfter: 2 }, { client: client() }),
      )
      const error = await rejection(stream.finalImages())
      expect(isOpenRouterError(error) && error.kind).toBe('server')
      expect(isOpenRouterError(error) && error.code).toBe('upstream_error')
      expect(isOpenRouterError(error) && error.status).toBe(200)
      expect(
        isOpenRouterError(error) && (error.partial as ImageResult).images.map((image) => image.data),
      ).toEqual([png])
    })

    it('throws stream_disconnect on a cut connection and decode on a stream that ends without an image', async () => {
      const cut = await generateImageStream(
        { model: MODEL, prompt: 'x' },
        scenario({ resetAfter: 1 }, { client: client() }),
      )
      const disconnect = await rejection(collect(cut))
      expect(isOpenRouterError(disconnect) && disconnect.kind).toBe('stream_disconnect')
      const empty = await generateImageStream(
        { model: MODEL, prompt: 'x' },
        scenario(
          {
            raw: [
              'data: {"type":"image_generation.partial_image","b64_json":"","partial_image_index":0}\n\n',
              'data: [DONE]\n\n',
            ],
          },
          { client: client() },
        ),
      )
      const noImage = await rejection(empty.finalImages())
      expect(isOpenRouterError(noImage) && noImage.message).toBe(
        'generateImageStream: the stream ended without an image',
      )
    })

    it('pushes items then one complete event into a sink', async () => {
      const events: ImageSinkEvent[] = []
      await new Promise<void>((resolve) => {
        void generateImageStream(
          { model: MODEL, prompt: 'x' },
          {
            ...scenario({ chunks: 2 }),
            client: client(),
            into: (event) => {
              events.push(event)
              if (event.type !== 'item') resolve()
            },
          },
        )
      })
      expect(events.map((event) => event.type)).toEqual(['item', 'item', 'item', 'complete'])
      const last = events.at(-1)
      expect(last?.type === 'complete' && last.result.images[0]?.data).toEqual(png)
    })

    it('forwards itself as SSE and rebuilds the same items on the other side', async () => {
      const forwarded = (
        await generateImageStream({ model: MODEL, prompt: 'x' }, { client: client() })
      ).toReadableStream()
      const rebuilt = ImageStream.fromResponse(new Response(forwarded))
      const result = await rebuilt.finalImages()
      expect(result.images[0]).toEqual({ data: png, mediaType: 'image/png' })
      const many = (
        await generateImageStream(
          { model: 'black-forest-labs/flux.2-pro', prompt: 'x', n: 3 },
          { client: client() },
        )
      ).toReadableStream()
      expect((await ImageStream.fromReadableStream(many).finalImages()).images).toHaveLength(3)
    })

    it('releases the connection when the consumer breaks out early', async () => {
      await withServer(async (server) => {
        await withClient(makeClient(server.baseURL, socketCounting), async (own) => {
          const stream = await generateImageStream(
            { model: MODEL, prompt: 'x' },
            scenario({ chunks: 3, stallAfter: 2 }, { client: own }),
          )
          for await (const item of stream) if (item.type === 'partial') break
          await eventually(() => server.openConnections() === 0)
        })
      })
    })

    it('rejects bad params and a stream field before any I/O', async () => {
      const options = { client: client() }
      await expectInvalid(mock.server, generateImageStream({ model: MODEL, prompt: '' }, options), 'prompt')
      await expectInvalid(
        mock.server,
        generateImageStream({ model: MODEL, prompt: 'x', stream: true }, options),
        'stream',
      )
    })
  },
)
