import { integerFrom, nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

const urlPart = (type: string) =>
  v.looseObject({
    type: v.literal(type),
    [type]: v.looseObject({ url: nonEmptyString('must be a URL or a data: URI') }),
  })

const FrameSchema = v.looseObject({
  type: v.literal('image_url', 'must be "image_url"'),
  image_url: v.looseObject({ url: nonEmptyString('must be a URL or a data: URI') }),
  frame_type: v.picklist(['first_frame', 'last_frame'], 'must be "first_frame" or "last_frame"'),
})

/**
 * The valibot schema of `VideoParams`, as `createVideo` checks them before any I/O: a prompt
 * or frame images, a whole number of seconds, well-formed references. Loose, so newer fields
 * pass through.
 *
 * @example
 * import * as v from 'valibot'
 * v.parse(VideoParamsSchema, { model: 'google/veo-3.1', prompt: 'waves at dusk', duration: 8 })
 */
export const VideoParamsSchema = v.pipe(
  v.looseObject({
    model: nonEmptyString('must be an OpenRouter model slug'),
    prompt: v.optional(nonEmptyString()),
    duration: integerFrom(1),
    seed: v.optional(v.pipe(v.number(), v.integer('must be an integer'))),
    frame_images: v.optional(v.array(FrameSchema, 'must be an array')),
    input_references: v.optional(
      v.array(
        v.variant(
          'type',
          [urlPart('image_url'), urlPart('audio_url'), urlPart('video_url')],
          'must be an image_url, audio_url or video_url part',
        ),
        'must be an array',
      ),
    ),
    callback_url: v.optional(
      v.pipe(v.string(), v.url('must be an https URL'), v.startsWith('https:', 'must be an https URL')),
    ),
    provider: v.optional(v.looseObject({})),
  }),
  v.forward(
    v.check(
      (params) => params.prompt !== undefined || (params.frame_images?.length ?? 0) > 0,
      'must describe the video (only models that animate frame_images do without it)',
    ),
    ['prompt'],
  ),
)
