import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'
import { isAudioData } from './audio-input.js'

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
  mime: v.optional(nonEmptyString()),
  format: v.optional(nonEmptyString()),
  prompt: v.optional(nonEmptyString()),
  language: v.optional(nonEmptyString()),
  messages: v.optional(v.never('is built by transcribe from audio and prompt: leave it out')),
  stream: v.optional(v.never('is not supported by transcribe: leave it out')),
})
