import {
  EventStream,
  type StreamOptions,
  type StreamSinkEvent,
  type StreamSource,
  splitStreamOptions,
} from '@orsdk/transport/protocol'
import { speakProtocol } from './speak-protocol.js'
import { openSpeakStream } from './speak-request.js'
import type { SpeakChunk, SpeakParams } from './types.js'

/** What an `into` sink of a `SpeakStream` receives: every chunk, then exactly one terminal event. */
export type SpeakSinkEvent = StreamSinkEvent<SpeakChunk, Uint8Array>

/** Options of `speakStream`: the call options, plus the push-style `into` sink. */
export type SpeakStreamOptions = StreamOptions<SpeakChunk, Uint8Array>

/**
 * Audio as it is spoken: each item holds the bytes decoded from the latest fragments (`audio`)
 * and/or a piece of the transcript; `finalAudio()` resolves with the whole clip. Consume it once;
 * breaking out releases the connection, and `toReadableStream()` forwards it.
 *
 * @example
 * const stream = await speakStream({ model: 'openai/gpt-audio-mini', text: 'Hello there.' })
 * const wav = await stream.finalAudio()
 */
export class SpeakStream extends EventStream<SpeakChunk, Uint8Array> {
  /**
   * Wraps a stream source; `speakStream`, `fromReadableStream` and `fromResponse` call this.
   * `operation` names the call in errors.
   */
  constructor(
    source: StreamSource,
    into?: (event: SpeakSinkEvent) => void,
    options: { operation?: string; format?: SpeakParams['format']; sampleRate?: number } = {},
  ) {
    super(source, speakProtocol(options.operation ?? 'speakStream', options), into)
  }

  /**
   * Reads the rest of the stream and resolves with the whole clip (what `speak` returns): a WAV
   * file for `format: 'wav'` (the default), the raw samples for `pcm16`. On an error the
   * rejection carries the audio so far in `error.partial`.
   *
   * @example
   * const audio = await (await speakStream(params)).finalAudio()
   */
  finalAudio(): Promise<Uint8Array> {
    return this.final('finalAudio()')
  }
}

/**
 * Reads text aloud like `speak`, but resolves as soon as the response headers arrive and
 * yields audio for playback before the whole clip is ready: each item's `audio` holds whole
 * decoded pcm16 samples (16-bit little-endian mono, 24 kHz on OpenAI's models; base64 fragments
 * cut mid-quantum are carried over), and `transcript` the text being spoken. `finalAudio()`
 * returns the whole clip as `speak` does (a WAV file unless `format: 'pcm16'`).
 *
 * @throws `OpenRouterError` as `speak` does: HTTP errors reject this call; in-band errors, a
 * cut connection (`stream_disconnect`), a stall (`timeout`) and a stream with no audio
 * (`decode`) throw from the iteration.
 * @example
 * import { speakStream } from '@orsdk/audio'
 * const stream = await speakStream({ model: 'openai/gpt-audio-mini', text: 'Hello there.', format: 'pcm16' })
 * for await (const { audio, transcript } of stream) {
 *   if (audio) console.log(`play ${audio.length} bytes`)
 *   if (transcript) console.log(transcript)
 * }
 */
export async function speakStream(
  params: SpeakParams,
  options: SpeakStreamOptions = {},
): Promise<SpeakStream> {
  const { into, call } = splitStreamOptions(options, 'speakStream')
  const source = await openSpeakStream(params, call, 'speakStream')
  return new SpeakStream(source, into, { format: params.format, sampleRate: params.sampleRate })
}
