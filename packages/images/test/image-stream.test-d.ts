import { describe, expectTypeOf, it } from 'vitest'
import {
  type GeneratedImage,
  generateImageStream,
  type ImageResult,
  type ImageSinkEvent,
  type ImageStream,
  type ImageStreamItem,
} from '../src/index.js'

describe('image stream types', () => {
  it('iterates items narrowed by type and resolves finalImages() with the result', async () => {
    const stream = await generateImageStream({ model: 'openai/gpt-image-1', prompt: 'x' })
    expectTypeOf(stream).toEqualTypeOf<ImageStream>()
    for await (const item of stream) {
      expectTypeOf(item).toEqualTypeOf<ImageStreamItem>()
      if (item.type === 'partial') expectTypeOf(item.image).toEqualTypeOf<GeneratedImage>()
      if (item.type === 'completed') expectTypeOf(item.images).toEqualTypeOf<GeneratedImage[]>()
    }
    expectTypeOf(stream.finalImages()).resolves.toEqualTypeOf<ImageResult>()
  })

  it('hands the sink items, then the result or an error', () => {
    expectTypeOf<Extract<ImageSinkEvent, { type: 'item' }>['item']>().toEqualTypeOf<ImageStreamItem>()
    expectTypeOf<Extract<ImageSinkEvent, { type: 'complete' }>['result']>().toEqualTypeOf<ImageResult>()
  })
})
