import * as v from 'valibot'
import { isAudioData } from './audio-input.js'
import { checkParams, nonEmptyString, optionalString } from './check-params-schema.js'

/** Audio as this package takes it; empty, size and format are checked after the schema. */
export const AudioDataSchema = v.custom<Uint8Array | ArrayBuffer | Blob>(
  isAudioData,
  'must be a Uint8Array, Buffer, ArrayBuffer or Blob',
)

/**
 * The valibot schema of `TranscribeParams`, as `transcribe` checks them before any I/O.
 *
 * @example
 * import * as v from 'valibot'
 * import { TranscribeParamsSchema } from '@orsdk/audio'
 * v.parse(TranscribeParamsSchema, { model: 'google/gemini-2.5-flash', audio: new Uint8Array([1]), format: 'wav' })
 */
export const TranscribeParamsSchema = v.looseObject({
  model: nonEmptyString(),
  audio: AudioDataSchema,
  mime: optionalString(),
  format: optionalString(),
  prompt: optionalString(),
  language: optionalString(),
  messages: v.optional(v.never('is built by transcribe from audio and prompt: leave it out')),
  stream: v.optional(v.never('is not supported by transcribe: leave it out')),
})

/** Throws `invalid_request` naming the field when transcribe params are bad. */
export function checkTranscribeParams(params: unknown, context: string): void {
  checkParams(TranscribeParamsSchema, params, context)
}
