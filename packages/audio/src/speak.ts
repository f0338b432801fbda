import type { CallOptions } from '@orsdk/transport'
import { openSpeakStream } from './speak-request.js'
import { SpeakStream } from './speak-stream.js'
import type { SpeakParams } from './types.js'

/**
 * Reads text aloud with an audio-output chat model and resolves with the whole clip's bytes:
 * a playable WAV file by default. It streams (`modalities: ['text', 'audio']`, `stream: true`,
 * as OpenRouter requires for audio output), asks for `pcm16` (the one format audio-output
 * models stream), decodes the base64 fragments in order and, for `format: 'wav'`, wraps the
 * samples in a WAV header (`sampleRate`, default 24 kHz). A system message makes the model
 * repeat the text verbatim; `instructions` replaces it.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (empty text or bad params, before any
 * I/O, or a 4xx), `decode` (the answer carried no audio: its message says what came back),
 * `auth`, `payment_required`, `rate_limit`, `server`, `timeout`, `stream_disconnect` or
 * `transport`; a user's abort rejects with the platform's `AbortError`. A failure mid-stream
 * carries the audio so far in `error.partial`.
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { speak } from '@orsdk/audio'
 * const wav = await speak({ model: 'openai/gpt-audio-mini', text: 'Hello there.', voice: 'nova' })
 * await writeFile('hello.wav', wav)
 */
export async function speak(params: SpeakParams, options: CallOptions = {}): Promise<Uint8Array> {
  const source = await openSpeakStream(params, options, 'speak')
  return new SpeakStream(source, undefined, {
    operation: 'speak',
    format: params.format,
    sampleRate: params.sampleRate,
  }).finalAudio()
}
