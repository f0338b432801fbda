import type { CallOptions } from '@orsdk/transport'
import {
  checkParams,
  decodeError,
  encodeBase64,
  invalidRequest,
  type MultipartPart,
  multipartBody,
  openFilePath,
  requestJson,
} from '@orsdk/transport/protocol'
import { audioFormatFromFilename, audioFormatFromMime } from './audio-format.js'
import { checkAudio, readAudio } from './audio-input.js'
import { MAX_AUDIO_BYTES, MAX_MULTIPART_BYTES } from './limits.js'
import { TranscriptionParamsSchema } from './transcription-params-schema.js'
import type { AudioData, TranscriptionParams, TranscriptionResult } from './types.js'

/**
 * Speech to text through the dedicated `POST /audio/transcriptions` endpoint. Sends base64
 * JSON (`input_audio: {data, format}`, OpenRouter's native form, up to `MAX_AUDIO_BYTES`) by
 * default, or OpenAI-style multipart with `multipart: true` (up to `MAX_MULTIPART_BYTES`), its
 * file part named `filename`. On Node, Bun and Deno the audio can come from a `path`: with
 * `multipart: true` it is streamed from disk as the body is sent, never read whole.
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
 * // Node: straight from disk, as a multipart upload named after the file
 * await transcription({ model: 'openai/whisper-1', path: 'meeting.m4a', multipart: true })
 */
export async function transcription(
  params: TranscriptionParams,
  options: CallOptions = {},
): Promise<TranscriptionResult> {
  checkParams(TranscriptionParamsSchema, params, 'transcription')
  const { audio: given, file, path, filename: named, mime, format: wanted, multipart, ...fields } = params
  const limit = multipart === true ? MAX_MULTIPART_BYTES : MAX_AUDIO_BYTES
  let data: AudioData | ReadableStream<Uint8Array>
  let format: string
  let filename = named
  if (path !== undefined) {
    const opened = await openFilePath(path, 'transcription: path')
    filename ??= opened.filename
    format = wanted ?? (mime === undefined ? undefined : audioFormatFromMime(mime)) ?? formatOf(filename)
    if (opened.size === 0 || opened.size > limit) {
      await opened.data.cancel()
      throw invalidRequest(
        `transcription: path: ${opened.size} bytes: ${opened.size === 0 ? 'the file is empty' : `over the limit of ${limit} bytes; split the recording`}`,
      )
    }
    data = opened.data
  } else {
    const field = given === undefined ? 'file' : 'audio'
    data = (given ?? file) as AudioData
    format = checkAudio(
      { audio: data, mime, format: wanted ?? formatOf(filename, false) },
      limit,
      'transcription',
      field,
    )
  }
  const spec = { operation: 'audio.transcription', method: 'POST', path: '/audio/transcriptions' } as const
  const request =
    multipart === true
      ? {
          ...spec,
          ...multipartBody([
            ...formFields(fields),
            {
              name: 'file',
              filename: filename ?? `audio.${format}`,
              contentType: mime ?? `audio/${format}`,
              data,
            },
          ]),
        }
      : { ...spec, body: { ...fields, input_audio: { data: encodeBase64(await readAudio(data)), format } } }
  const response = await requestJson(request, options)
  const result = response.data as TranscriptionResult
  if (typeof result?.text !== 'string')
    throw decodeError('transcription: the response has no text', JSON.stringify(response.data), response)
  if (response.generationId !== undefined) result.generationId = response.generationId
  return result
}

/** OpenAI's form fields: arrays as repeated `name[]` fields, objects as JSON. */
function formFields(fields: Record<string, unknown>): MultipartPart[] {
  const parts: MultipartPart[] = []
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) parts.push({ name: `${name}[]`, value: String(item) })
    else parts.push({ name, value: typeof value === 'object' ? JSON.stringify(value) : String(value) })
  }
  return parts
}

/** The format a file name's extension names; required when nothing else says it. */
function formatOf(filename: string | undefined, required = true): string {
  const format = filename === undefined ? undefined : audioFormatFromFilename(filename)
  if (format === undefined && required)
    throw invalidRequest(
      'transcription: format: is required when the file name has no known audio extension: pass format (wav, mp3, ...)',
    )
  return format as string
}
