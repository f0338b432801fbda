import type { CallOptions, EventStream } from '@orsdk/transport'
import { Base64Decoder } from './base64.js'
import { badAudioError, openSpeakStream, pieceOf, type SpeakChatChunk, SpeakTally } from './speak-request.js'
import type { SpeakChunk, SpeakParams } from './types.js'

/**
 * Audio as it is spoken: each item holds the bytes decoded from the latest fragments
 * (`audio`) and/or a piece of the transcript. Iterate it once; breaking out releases the connection.
 */
export class SpeakStream implements AsyncIterable<SpeakChunk> {
  readonly status: number
  readonly headers: Headers
  readonly generationId?: string
  readonly #chunks: EventStream<SpeakChatChunk>

  constructor(chunks: EventStream<SpeakChatChunk>) {
    this.#chunks = chunks
    this.status = chunks.status
    this.headers = chunks.headers
    if (chunks.generationId !== undefined) this.generationId = chunks.generationId
  }

  [Symbol.asyncIterator](): AsyncIterator<SpeakChunk> {
    // Taken now, so a second consumer fails at once with the stream's "already consumed" error.
    const iterator = this.#chunks[Symbol.asyncIterator]()
    return this.#decode({ [Symbol.asyncIterator]: () => iterator })
  }

  /** Stops the stream: a pending or later read rejects with an `AbortError`; the connection closes. */
  abort(reason?: unknown): void {
    this.#chunks.abort(reason)
  }

  async *#decode(chunks: AsyncIterable<SpeakChatChunk>): AsyncGenerator<SpeakChunk> {
    const decoder = new Base64Decoder()
    const tally = new SpeakTally()
    let sawAudio = false
    for await (const chunk of chunks) {
      const piece = pieceOf(chunk)
      tally.add(piece)
      sawAudio ||= piece.data !== ''
      const audio = this.#bytes(() => decoder.push(piece.data))
      const item = this.#item(audio, piece.transcript)
      if (item !== undefined) yield item
    }
    if (!sawAudio) throw tally.noAudioError('speakStream', this)
    const tail = this.#bytes(() => decoder.end())
    if (tail.length > 0) yield { audio: tail }
  }

  #bytes(decode: () => Uint8Array): Uint8Array {
    try {
      return decode()
    } catch (error) {
      throw badAudioError('speakStream', this, error)
    }
  }

  #item(audio: Uint8Array, transcript: string): SpeakChunk | undefined {
    if (audio.length === 0 && transcript === '') return undefined
    return { ...(audio.length > 0 ? { audio } : {}), ...(transcript !== '' ? { transcript } : {}) }
  }
}

/**
 * Reads text aloud like `speak`, but resolves as soon as the response headers arrive and
 * yields audio for playback before the whole clip is ready: each item's `audio` holds whole
 * decoded bytes (base64 fragments cut mid-quantum are carried over), and `transcript` the
 * text being spoken. Joined in order, the `audio` pieces equal what `speak` returns.
 *
 * @throws `OpenRouterError` as `speak` does: HTTP errors reject this call; in-band errors, a
 * cut connection (`stream_disconnect`), a stall (`timeout`) and a stream with no audio
 * (`decode`) throw from the iteration.
 * @example
 * import { speakStream } from '@orsdk/audio'
 * const stream = await speakStream({ model: 'openai/gpt-4o-audio-preview', text: 'Hello there.', format: 'pcm16' })
 * for await (const { audio, transcript } of stream) {
 *   if (audio) console.log(`play ${audio.length} bytes`)
 *   if (transcript) console.log(transcript)
 * }
 */
export async function speakStream(params: SpeakParams, options: CallOptions = {}): Promise<SpeakStream> {
  return new SpeakStream(await openSpeakStream(params, options, 'speakStream'))
}
