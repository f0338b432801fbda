import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'
import { AudioDataSchema } from './transcribe-params-schema.js'

/**
 * The valibot schema of `TranscriptionParams` (`POST /audio/transcriptions`), checked before
 * any I/O. One of `audio`, its alias `file`, or (Node, Bun, Deno) a `path` must be given; size
 * and format are checked after it.
 *
 * @example
 * import * as v from 'valibot'
 * import { TranscriptionParamsSchema } from '@orsdk/audio'
 * v.parse(TranscriptionParamsSchema, { model: 'openai/whisper-1', audio: new Uint8Array([1]), format: 'wav' })
 */
export const TranscriptionParamsSchema = v.pipe(
  v.looseObject({
    model: nonEmptyString(),
    audio: v.optional(AudioDataSchema),
    file: v.optional(AudioDataSchema),
    path: v.optional(nonEmptyString()),
    filename: v.optional(nonEmptyString()),
    mime: v.optional(nonEmptyString()),
    format: v.optional(nonEmptyString()),
    language: v.optional(nonEmptyString()),
    temperature: v.optional(v.number()),
    response_format: v.optional(
      v.picklist(
        ['json', 'verbose_json'],
        'must be json or verbose_json (OpenRouter rejects text, srt and vtt)',
      ),
    ),
    timestamp_granularities: v.optional(v.array(v.picklist(['segment', 'word'], 'must be segment or word'))),
    multipart: v.optional(v.boolean()),
    provider: v.optional(v.looseObject({})),
  }),
  v.forward(
    v.check(
      (params) => params.audio !== undefined || params.file !== undefined || params.path !== undefined,
      'is required (or file, or on Node a path)',
    ),
    ['audio'],
  ),
  v.forward(
    v.check(
      (params) => [params.audio, params.file, params.path].filter((given) => given !== undefined).length < 2,
      'give one of audio, file and path',
    ),
    ['file'],
  ),
  v.forward(
    v.check(
      (params) => params.multipart !== true || params.provider === undefined,
      'cannot travel in a multipart body: leave out multipart to send JSON',
    ),
    ['provider'],
  ),
)
