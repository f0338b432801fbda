/**
 * The largest clip sent as base64 JSON (`transcribe`, `transcription`): 100 MB. OpenRouter
 * documents no cap for base64 audio; this one catches a wrong file (a video) before a long
 * upload, and keeps the JSON body (4/3 of the clip) far below the string size engines allow.
 *
 * @example
 * import { MAX_AUDIO_BYTES } from '@orsdk/audio'
 * if (file.size > MAX_AUDIO_BYTES) console.log('split the recording first')
 */
export const MAX_AUDIO_BYTES = 100_000_000

/**
 * The largest file `transcription({ multipart: true })` sends: OpenRouter's 25 MB multipart
 * cap; larger clips go as base64 JSON, the default.
 *
 * @example
 * import { MAX_MULTIPART_BYTES } from '@orsdk/audio'
 * const multipart = file.size <= MAX_MULTIPART_BYTES
 */
export const MAX_MULTIPART_BYTES = 25_000_000
