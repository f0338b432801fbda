import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestBytes } from '@orsdk/transport/protocol'
import { SpeechParamsSchema } from './speech-params-schema.js'
import type { SpeechParams, SpeechResult } from './types.js'

/**
 * Text to speech through the dedicated `POST /audio/speech` endpoint: resolves with the raw
 * audio bytes and their content type. **The default `response_format` is `pcm`** (raw 16-bit
 * little-endian samples, `audio/pcm`, no header: not playable as a file), unlike OpenAI's
 * mp3; pass `response_format: 'mp3'` for a file. TTS models are listed by
 * `/models?output_modalities=speech` (`speechModels()` in `@orsdk/catalog`).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (empty input or bad params, before any
 * I/O, or a 4xx such as a missing voice), `decode` (a JSON or empty answer instead of audio),
 * `auth`, `payment_required`, `rate_limit`, `server`, `timeout` or `transport`; a user's abort
 * rejects with the platform's `AbortError`.
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { speech } from '@orsdk/audio'
 * const { audio, contentType } = await speech({ model: 'openai/gpt-4o-mini-tts', input: 'Hello.', voice: 'alloy', response_format: 'mp3' })
 * await writeFile('hello.mp3', audio)
 * console.log(contentType) // audio/mpeg
 */
export async function speech(params: SpeechParams, options: CallOptions = {}): Promise<SpeechResult> {
  checkParams(SpeechParamsSchema, params, 'speech')
  const response = await requestBytes(
    { operation: 'audio.speech', method: 'POST', path: '/audio/speech', body: params },
    options,
  )
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream'
  if (response.data.length === 0)
    throw decodeError(
      `speech: the response carried no audio (an empty ${contentType} body)`,
      undefined,
      response,
    )
  const result: SpeechResult = { audio: response.data, contentType }
  if (response.generationId !== undefined) result.generationId = response.generationId
  return result
}
