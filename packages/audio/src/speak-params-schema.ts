import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from 'valibot'

/**
 * The valibot schema of `SpeakParams`, as `speak` and `speakStream` check them before any I/O.
 * Unknown fields pass through to the chat request.
 *
 * @example
 * import * as v from 'valibot'
 * import { SpeakParamsSchema } from '@orsdk/audio'
 * v.parse(SpeakParamsSchema, { model: 'openai/gpt-4o-audio-preview', text: 'Hello' })
 */
export const SpeakParamsSchema = v.looseObject({
  model: nonEmptyString(),
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty: give the words to read aloud')),
  voice: v.optional(nonEmptyString()),
  format: v.optional(nonEmptyString()),
  instructions: v.optional(nonEmptyString()),
  modalities: v.optional(v.never('is set by speak: leave it out')),
  messages: v.optional(v.never('is built by speak from text and instructions: leave it out')),
  stream: v.optional(v.never('is set by speak: leave it out')),
})
