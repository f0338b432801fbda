import {
  checkStreamParams,
  decodeError,
  type ErrorContext,
  EventStream,
  encodeBase64,
  jsonSseProtocol,
  requestStreamOrJson,
  STREAM_END,
  STREAM_SKIP,
  type StreamOptions,
  type StreamProtocol,
  type StreamSinkEvent,
  type StreamSource,
  splitStreamOptions,
} from '@orsdk/transport/protocol'
import { decodeImage, type WireImage } from './decode-image.js'
import type { WireImageResponse } from './generate-image.js'
import { ImageParamsSchema } from './image-params-schema.js'
import type { GeneratedImage, ImageParams, ImageResult, ImageStreamItem, ImageUsage } from './types.js'

/** What the `into` sink of `generateImageStream` receives: every item, then exactly one terminal event. */
export type ImageSinkEvent = StreamSinkEvent<ImageStreamItem, ImageResult>

/** Options of `generateImageStream`: the call options, plus the push-style `into` sink. */
export type ImageStreamOptions = StreamOptions<ImageStreamItem, ImageResult>

/** One event of the image stream (spec `ImageStreamingResponse`), or a whole answer of a model that does not stream. */
interface WireEvent extends WireImage, WireImageResponse {
  type?: string
  partial_image_index?: number
  text?: string
  phase?: string
}

/** An image written back as wire fields, for `toReadableStream`. */
const wire = (image: GeneratedImage) => ({
  b64_json: encodeBase64(image.data),
  media_type: image.mediaType,
  ...(image.url === undefined ? {} : { url: image.url }),
})

/**
 * The image stream's protocol: partial images, SVG text chunks and completed images as items;
 * a `{type: 'error'}` event throws; a model that ignored `stream: true` answers one body, read
 * as one `completed` item. One per stream: it remembers whether an image arrived, so a stream
 * that ends without one is a `decode` error rather than an empty result.
 */
function imageProtocol(outputFormat: string | undefined): StreamProtocol<ImageStreamItem, ImageResult> {
  const operation = 'generateImageStream'
  let completed = false
  const decode = (image: WireImage, context: ErrorContext) =>
    decodeImage(image, operation, context, outputFormat)
  return jsonSseProtocol<ImageStreamItem, ImageResult>({
    name: 'image stream',
    read(data, context) {
      const event = data as WireEvent
      switch (event.type) {
        case 'image_generation.partial_image':
          return { type: 'partial', index: event.partial_image_index ?? 0, image: decode(event, context) }
        case 'image_generation.text_chunk':
          return { type: 'text', text: event.text ?? '', phase: event.phase ?? 'content' }
        case 'image_generation.completed':
          completed = true
          return completedItem([decode(event, context)], event)
      }
      if (!Array.isArray(event.data)) return STREAM_SKIP
      completed ||= event.data.length > 0
      return completedItem(
        event.data.map((image) => decode(image, context)),
        event,
      )
    },
    write(item) {
      if (item.type === 'partial')
        return {
          type: 'image_generation.partial_image',
          partial_image_index: item.index,
          ...wire(item.image),
        }
      if (item.type === 'text')
        return { type: 'image_generation.text_chunk', text: item.text, phase: item.phase }
      const { created, usage } = item
      // One image as a `completed` event; several (a model that answered at once) as that answer.
      if (item.images.length === 1 && item.images[0] !== undefined)
        return { type: 'image_generation.completed', ...wire(item.images[0]), created, usage }
      return { created, data: item.images.map(wire), usage }
    },
    done(context) {
      if (!completed) throw decodeError(`${operation}: the stream ended without an image`, undefined, context)
      return STREAM_END
    },
    accumulate: (context) => {
      const result: ImageResult = { images: [] }
      if (context.generationId !== undefined) result.generationId = context.generationId
      return {
        add(item) {
          if (item.type !== 'completed') return
          result.images.push(...item.images)
          if (item.created !== undefined) result.created = item.created
          if (item.usage !== undefined) result.usage = item.usage
        },
        result: () => ({ ...result, images: [...result.images] }),
      }
    },
  })
}

function completedItem(
  images: GeneratedImage[],
  event: { created?: number; usage?: ImageUsage },
): ImageStreamItem {
  const item: ImageStreamItem = { type: 'completed', images }
  if (event.created !== undefined) item.created = event.created
  if (event.usage !== undefined) item.usage = event.usage
  return item
}

/**
 * Images as they are generated: `partial` items (a sharper image each time), `text` items (SVG
 * markup as it is written), then `completed` items with the finished images and usage.
 * `finalImages()` resolves with what `generateImage` would have. Consume it once; breaking out
 * releases the connection, and `toReadableStream()` forwards it.
 *
 * @example
 * const stream = await generateImageStream({ model: 'openai/gpt-image-1', prompt: 'a lighthouse' })
 * for await (const item of stream) if (item.type === 'partial') show(item.image.data)
 */
export class ImageStream extends EventStream<ImageStreamItem, ImageResult> {
  /**
   * Wraps a stream source; `generateImageStream`, `fromReadableStream` and `fromResponse` call this.
   * `outputFormat` (the request's `output_format`) names the media type of bytes it cannot read.
   */
  constructor(source: StreamSource, into?: (event: ImageSinkEvent) => void, outputFormat?: string) {
    super(source, imageProtocol(outputFormat), into)
  }

  /**
   * Reads the rest of the stream and resolves with the finished images, usage and generation id.
   * On an error the rejection carries the images finished so far in `error.partial`.
   *
   * @example
   * const { images, usage } = await (await generateImageStream(params)).finalImages()
   */
  finalImages(): Promise<ImageResult> {
    return this.final('finalImages()')
  }
}

/**
 * Generates images as a stream: resolves at the response headers (HTTP errors reject here, bad
 * params before any I/O) and yields partial images as the provider sends them. Only some
 * providers stream (`supports_streaming` in `listImageModels()`); the others answer once, and
 * the stream then holds that one `completed` item. Sets `stream: true` itself.
 *
 * @throws `OpenRouterError` as `generateImage` does; an in-band error event, a cut connection
 * (`stream_disconnect`), a stall (`timeout`) and a stream without an image (`decode`) throw
 * from the iteration or `finalImages()`.
 * @example
 * import { generateImageStream } from '@orsdk/images'
 * const stream = await generateImageStream({ model: 'openai/gpt-image-1', prompt: 'a lighthouse at dusk' })
 * for await (const item of stream) {
 *   if (item.type === 'partial') console.log(`partial ${item.index}: ${item.image.data.length} bytes`)
 *   if (item.type === 'completed') console.log(`done: ${item.images.length} image(s), $${item.usage?.cost}`)
 * }
 */
export async function generateImageStream(
  params: ImageParams,
  options: ImageStreamOptions = {},
): Promise<ImageStream> {
  checkStreamParams(ImageParamsSchema, params, 'generateImageStream')
  const { into, call } = splitStreamOptions(options, 'generateImageStream')
  const source = await requestStreamOrJson(
    { operation: 'images.stream', method: 'POST', path: '/images', body: { ...params, stream: true } },
    call,
  )
  return new ImageStream(source, into, params.output_format)
}
