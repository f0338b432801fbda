import type { CallOptions } from '@orsdk/transport'
import { decodeBase64 } from './base64.js'
import { badAudioError, openSpeakStream, pieceOf, SpeakTally } from './speak-request.js'
import type { SpeakParams } from './types.js'

/**
 * Reads text aloud with an audio-output chat model and resolves with the whole clip's bytes
 * (a WAV file by default). It streams (`modalities: ['text', 'audio']`, `stream: true`, as
 * OpenRouter requires for audio output), joins the base64 fragments in order and decodes
 * once. A system message makes the model repeat the text verbatim; `instructions` replaces it.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (empty text or bad params, before any
 * I/O, or a 4xx), `decode` (the answer carried no audio: its message says what came back),
 * `auth`, `payment_required`, `rate_limit`, `server`, `timeout`, `stream_disconnect` or
 * `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { writeFile } from 'node:fs/promises'
 * import { speak } from '@orsdk/audio'
 * const wav = await speak({ model: 'openai/gpt-4o-audio-preview', text: 'Hello there.', voice: 'nova' })
 * await writeFile('hello.wav', wav)
 */
export async function speak(params: SpeakParams, options: CallOptions = {}): Promise<Uint8Array> {
  const stream = await openSpeakStream(params, options, 'speak')
  // Fragments are cut anywhere (not on 4-character quanta): join first, decode once.
  const fragments: string[] = []
  const tally = new SpeakTally()
  for await (const chunk of stream) {
    const piece = pieceOf(chunk)
    tally.add(piece)
    if (piece.data !== '') fragments.push(piece.data)
  }
  if (fragments.length === 0) throw tally.noAudioError('speak', stream)
  try {
    return decodeBase64(fragments.join(''))
  } catch (error) {
    throw badAudioError('speak', stream, error)
  }
}
