import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/**
 * The valibot schema of `SpeakParams`, as `speak` and `speakStream` check them before any I/O.
 * Unknown fields pass through to the chat request.
 *
 * @example
 * import * as v from 'valibot'
 * import { SpeakParamsSchema } from '@orsdk/audio'
 * v.parse(SpeakParamsSchema, { model: 'openai/gpt-audio-mini', text: 'Hello' })
 */
export const SpeakParamsSchema = v.looseObject({
  model: nonEmptyString(),
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty: give the words to read aloud')),
  voice: v.optional(nonEmptyString()),
  // What a stream can bring back: audio-output models stream pcm16 only.
  format: v.optional(
    v.picklist(
      ['wav', 'pcm16'],
      "must be 'wav' (the default: pcm16 samples in a WAV header) or 'pcm16': audio-output models stream pcm16 only; for mp3 use speech() and a speech model",
    ),
  ),
  sampleRate: v.optional(
    v.pipe(v.number(), v.integer('must be an integer'), v.minValue(8000, 'must be at least 8000 Hz')),
  ),
  instructions: v.optional(nonEmptyString()),
  modalities: v.optional(v.never('is set by speak: leave it out')),
  messages: v.optional(v.never('is built by speak from text and instructions: leave it out')),
  stream: v.optional(v.never('is set by speak: leave it out')),
})
