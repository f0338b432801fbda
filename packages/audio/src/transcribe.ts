import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, encodeBase64, requestJson } from '@orsdk/transport/protocol'
import { checkAudio, readAudio } from './audio-input.js'
import { MAX_AUDIO_BYTES } from './limits.js'
import { TranscribeParamsSchema } from './transcribe-params-schema.js'
import type { TranscribeParams } from './types.js'

/** The instruction `transcribe` sends with the audio unless `prompt` replaces it. */
export const DEFAULT_TRANSCRIBE_PROMPT =
  'Transcribe this audio verbatim. Reply with the transcription only: no preamble, no quotes, ' +
  'no timestamps, no translation and no commentary. If there is no speech, reply with nothing.'

/**
 * Turns speech into text with an audio-input chat model: the audio goes as an `input_audio`
 * part (base64, with its format) beside an instruction to transcribe it verbatim. The format
 * comes from `format`, else from `mime` or the `Blob`'s type (`audio/webm` → `ogg`,
 * `audio/mp4` → `m4a`, `audio/mpeg` → `mp3`, ...). Clips up to `MAX_AUDIO_BYTES` (100 MB).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (empty audio, unknown MIME type without
 * `format`, a clip over the limit, bad params: all before any I/O; or a 4xx), `decode` (an
 * answer with no text), `auth`, `payment_required`, `rate_limit`, `server`, `timeout` or
 * `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { readFile } from 'node:fs/promises'
 * import { transcribe } from '@orsdk/audio'
 * const text = await transcribe({ model: 'google/gemini-2.5-flash', audio: await readFile('hello.wav'), format: 'wav' })
 * console.log(text)
 */
export async function transcribe(params: TranscribeParams, options: CallOptions = {}): Promise<string> {
  checkParams(TranscribeParamsSchema, params, 'transcribe')
  const { audio, mime, format: given, prompt, language, ...extra } = params
  const format = checkAudio({ audio, mime, format: given }, MAX_AUDIO_BYTES, 'transcribe')
  const data = encodeBase64(await readAudio(audio))
  const instruction =
    (prompt ?? DEFAULT_TRANSCRIBE_PROMPT) + (language === undefined ? '' : ` The speech is in ${language}.`)
  const body = {
    ...extra,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: instruction },
          { type: 'input_audio', input_audio: { data, format } },
        ],
      },
    ],
  }
  const response = await requestJson(
    { operation: 'audio.transcribe', method: 'POST', path: '/chat/completions', body },
    options,
  )
  const message = (response.data as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message
  if (typeof message?.content !== 'string')
    throw decodeError('transcribe: the response carried no text', JSON.stringify(response.data), response)
  return message.content.trim()
}
