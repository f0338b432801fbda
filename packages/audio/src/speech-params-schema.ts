import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/**
 * The valibot schema of `SpeechParams` (`POST /audio/speech`), checked before any I/O.
 *
 * @example
 * import * as v from 'valibot'
 * import { SpeechParamsSchema } from '@orsdk/audio'
 * v.parse(SpeechParamsSchema, { model: 'openai/gpt-4o-mini-tts', input: 'Hello', response_format: 'mp3' })
 */
export const SpeechParamsSchema = v.looseObject({
  model: nonEmptyString(),
  input: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty: give the text to speak')),
  voice: v.optional(nonEmptyString()),
  response_format: v.optional(nonEmptyString()),
  speed: v.optional(v.pipe(v.number(), v.gtValue(0, 'must be greater than 0'))),
  provider: v.optional(v.looseObject({})),
})
