import * as v from 'valibot'
import { checkParams, nonEmptyString, optionalString } from './check-params-schema.js'

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
  voice: optionalString(),
  format: optionalString(),
  instructions: optionalString(),
  modalities: v.optional(v.never('is set by speak: leave it out')),
  messages: v.optional(v.never('is built by speak from text and instructions: leave it out')),
  stream: v.optional(v.never('is set by speak: leave it out')),
})

/** Throws `invalid_request` naming the field when speak params are bad. */
export function checkSpeakParams(params: unknown, context: string): void {
  checkParams(SpeakParamsSchema, params, context)
}
