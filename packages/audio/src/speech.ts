import type { CallOptions } from '@orsdk/transport'
import { checkParams, decodeError, requestBody, requestBytes } from '@orsdk/transport/protocol'
import { SpeechParamsSchema } from './speech-params-schema.js'
import type { SpeechParams, SpeechResult, SpeechStreamResult } from './types.js'

const SPEECH = { operation: 'audio.speech', method: 'POST', path: '/audio/speech' } as const

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
  const response = await requestBytes({ ...SPEECH, body: params }, options)
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

/**
 * `speech`, with the audio handed over as it arrives instead of buffered: resolves at the response
 * headers with a `ReadableStream` of the bytes, for a player or a response body (`new
 * Response(audio)`). Read it once; cancel it to stop the download. Time-outs between bytes
 * (`idleMs`) still apply while it is read.
 *
 * @throws `OpenRouterError` as `speech` does, before the stream starts (bad params, 4xx, a JSON
 * error answer); a connection cut while reading errors the stream (`transport`).
 * @example
 * import { speechStream } from '@orsdk/audio'
 * const { audio, contentType } = await speechStream({ model: 'openai/gpt-4o-mini-tts', input: 'Hello.', voice: 'alloy', response_format: 'mp3' })
 * return new Response(audio, { headers: { 'content-type': contentType } }) // e.g. in a route handler
 */
export async function speechStream(
  params: SpeechParams,
  options: CallOptions = {},
): Promise<SpeechStreamResult> {
  checkParams(SpeechParamsSchema, params, 'speechStream')
  const response = await requestBody({ ...SPEECH, operation: 'audio.speech.stream', body: params }, options)
  const result: SpeechStreamResult = {
    audio: response.body,
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
  }
  if (response.generationId !== undefined) result.generationId = response.generationId
  return result
}
