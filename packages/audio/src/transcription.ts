import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestJson } from '@orsdk/transport/protocol'
import { checkAudio, readAudio } from './audio-input.js'
import { encodeBase64 } from './base64.js'
import { MAX_AUDIO_BYTES, MAX_MULTIPART_BYTES } from './limits.js'
import { TranscriptionParamsSchema } from './transcription-params-schema.js'
import type { AudioData, TranscriptionParams, TranscriptionResult } from './types.js'

/**
 * Speech to text through the dedicated `POST /audio/transcriptions` endpoint. Sends base64
 * JSON (`input_audio: {data, format}`, OpenRouter's native form, up to `MAX_AUDIO_BYTES`) by
 * default, or OpenAI-style multipart with `multipart: true` (up to `MAX_MULTIPART_BYTES`).
 *
 * Caveats: only a fixed set of model slugs is served here, and not all
 * of them show in `/models` (`/models?output_modalities=transcription` lists those that do);
 * multipart bodies have been seen to fail at the gateway, hence JSON by default;
 * `verbose_json` (segments, words) works only on OpenAI-compatible providers (OpenAI, Groq,
 * Together), others answer 400; upstream providers give up after about 60 s, so split long
 * recordings; `text`, `srt` and `vtt` response formats are refused with 400.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (empty audio, unknown MIME type without
 * `format`, a clip over the limit, bad params: all before any I/O; or a 4xx), `decode` (an
 * answer without `text`), `auth`, `payment_required`, `rate_limit`, `server`, `timeout` or
 * `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { readFile } from 'node:fs/promises'
 * import { transcription } from '@orsdk/audio'
 * const { text, usage } = await transcription({ model: 'openai/whisper-1', audio: await readFile('hello.mp3'), format: 'mp3' })
 * console.log(text, usage?.seconds)
 */
export async function transcription(
  params: TranscriptionParams,
  options: CallOptions = {},
): Promise<TranscriptionResult> {
  checkParams(TranscriptionParamsSchema, params, 'transcription')
  const { audio: given, file, mime, format: wanted, multipart, ...fields } = params
  const field = given === undefined ? 'file' : 'audio'
  const audio = (given ?? file) as AudioData
  const limit = multipart === true ? MAX_MULTIPART_BYTES : MAX_AUDIO_BYTES
  const format = checkAudio({ audio, mime, format: wanted }, limit, 'transcription', field)
  const bytes = await readAudio(audio)
  const body =
    multipart === true
      ? multipartBody(bytes, format, mime, fields)
      : { ...fields, input_audio: { data: encodeBase64(bytes), format } }
  const response = await requestJson(
    { operation: 'audio.transcription', method: 'POST', path: '/audio/transcriptions', body },
    options,
  )
  const result = response.data as TranscriptionResult
  if (typeof result?.text !== 'string')
    throw decodeError('transcription: the response has no text', JSON.stringify(response.data), response)
  if (response.generationId !== undefined) result.generationId = response.generationId
  return result
}

/**
 * OpenAI's form: `file` plus text fields, arrays as repeated `name[]` fields. Encoded to bytes
 * by the engine (fetch natively; the Node engine through the platform's `Response`).
 */
function multipartBody(
  bytes: Uint8Array,
  format: string,
  mime: string | undefined,
  fields: Record<string, unknown>,
): FormData {
  const form = new FormData()
  const type = mime ?? `audio/${format}`
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), `audio.${format}`)
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) form.append(`${name}[]`, String(item))
    else form.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value))
  }
  return form
}
