// 24 kHz, the rate of OpenAI's pcm16 audio output, so a pcm16 stream wrapped in a WAV header
// by a client is byte for byte this file.
const SAMPLE_RATE = 24_000
const DURATION_SECONDS = 0.25
const FREQUENCY_HZ = 440
const HEADER_BYTES = 44

let cached: string | undefined

/** Builds a valid WAV file: 16-bit PCM, mono, 24 kHz, a 0.25 s 440 Hz sine. */
export function createWav(): Buffer {
  const samples = Math.round(SAMPLE_RATE * DURATION_SECONDS)
  const dataBytes = samples * 2
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes)
  wav.write('RIFF', 0, 'ascii')
  wav.writeUInt32LE(36 + dataBytes, 4)
  wav.write('WAVE', 8, 'ascii')
  wav.write('fmt ', 12, 'ascii')
  wav.writeUInt32LE(16, 16) // fmt chunk size
  wav.writeUInt16LE(1, 20) // PCM
  wav.writeUInt16LE(1, 22) // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24)
  wav.writeUInt32LE(SAMPLE_RATE * 2, 28) // byte rate
  wav.writeUInt16LE(2, 32) // block align
  wav.writeUInt16LE(16, 34) // bits per sample
  wav.write('data', 36, 'ascii')
  wav.writeUInt32LE(dataBytes, 40)
  for (let index = 0; index < samples; index++) {
    const value = Math.sin((2 * Math.PI * FREQUENCY_HZ * index) / SAMPLE_RATE) * 0.5 * 32767
    wav.writeInt16LE(Math.round(value), HEADER_BYTES + index * 2)
  }
  return wav
}

/**
 * The exact bytes of the WAV the emulator streams for audio output and serves from
 * `/audio/speech`, so tests can compare what a client decoded against them.
 *
 * @example
 * ```ts
 * import { sampleAudioWav } from '@orsdk/mock-server'
 * expect(await speak({ model: 'openai/gpt-4o-audio-preview', text: 'Hi' }, { client })).toEqual(sampleAudioWav())
 * ```
 */
export function sampleAudioWav(): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createWav())
}

/** The sample WAV as base64, built once. */
export function wavBase64(): string {
  cached ??= createWav().toString('base64')
  return cached
}

/** The sample's samples without the WAV header: raw 16-bit little-endian PCM, as `pcm16` sends. */
export function createPcm16(): Buffer {
  return createWav().subarray(HEADER_BYTES)
}

/**
 * Splits base64 text into `count` fragments whose boundaries are never multiples of 4,
 * so a client that decodes each fragment alone (instead of concatenating first) breaks visibly.
 */
export function splitBase64(data: string, count: number): string[] {
  const pieces: string[] = []
  let start = 0
  for (let index = 1; index < count; index++) {
    let end = Math.floor((data.length * index) / count)
    if (end % 4 === 0) end += 1
    if (end <= start || end >= data.length) continue
    pieces.push(data.slice(start, end))
    start = end
  }
  pieces.push(data.slice(start))
  return pieces
}
