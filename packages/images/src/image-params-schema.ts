import { nonEmptyString, noStream } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

const text = v.optional(v.string())

const ReferenceSchema = v.looseObject({
  type: v.literal('image_url', 'must be "image_url" (build one with imageReference)'),
  image_url: v.looseObject({ url: nonEmptyString('must be a URL or a data: URI') }),
})

/**
 * The valibot schema of `ImageParams`, as `generateImage` and `generateImageStream` check them
 * before any I/O. Enums stay open strings; loose objects, so newer fields pass through.
 *
 * @example
 * import * as v from 'valibot'
 * v.parse(ImageParamsSchema, { model: 'openai/gpt-image-1', prompt: 'a red panda astronaut' })
 */
export const ImageParamsSchema = v.looseObject({
  model: nonEmptyString('must be an OpenRouter model slug'),
  prompt: nonEmptyString('must be a string describing the image'),
  n: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be an integer'),
      v.minValue(1, 'must be 1 to 10'),
      v.maxValue(10, 'must be 1 to 10'),
    ),
  ),
  output_compression: v.optional(
    v.pipe(
      v.number(),
      v.integer('must be an integer'),
      v.minValue(0, 'must be 0 to 100'),
      v.maxValue(100, 'must be 0 to 100'),
    ),
  ),
  seed: v.optional(v.pipe(v.number(), v.integer('must be an integer'))),
  input_references: v.optional(
    v.pipe(v.array(ReferenceSchema, 'must be an array'), v.maxLength(16, 'must hold at most 16 images')),
  ),
  aspect_ratio: text,
  resolution: text,
  size: text,
  quality: text,
  background: text,
  output_format: text,
  provider: v.optional(v.looseObject({})),
  stream: noStream('generateImageStream'),
})
