const HEADER_BYTES = 44

/**
 * OpenAI's audio models stream 16-bit little-endian mono PCM at this rate (`pcm16`), and it is
 * the rate `speak` writes into the WAV header unless `sampleRate` says otherwise.
 */
export const PCM16_SAMPLE_RATE = 24_000

/** Whether bytes already are a WAV file (a RIFF/WAVE header). */
export function isWav(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 12 &&
    String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0, bytes[2] ?? 0, bytes[3] ?? 0) === 'RIFF' &&
    String.fromCharCode(bytes[8] ?? 0, bytes[9] ?? 0, bytes[10] ?? 0, bytes[11] ?? 0) === 'WAVE'
  )
}

/**
 * Wraps raw 16-bit little-endian mono PCM (what `pcm16` streams) in a 44-byte WAV header, so any
 * player takes it. Bytes that already are a WAV file are returned as they are.
 *
 * @example
 * import { speakStream, wavFromPcm16 } from '@orsdk/audio'
 * const pieces: Uint8Array[] = []
 * for await (const { audio } of await speakStream({ model: 'openai/gpt-audio-mini', text: 'Hi', format: 'pcm16' })) if (audio) pieces.push(audio)
 * const wav = wavFromPcm16(new Uint8Array(await new Blob(pieces).arrayBuffer()))
 */
export function wavFromPcm16(pcm: Uint8Array, sampleRate: number = PCM16_SAMPLE_RATE): Uint8Array {
  if (isWav(pcm)) return pcm
  const wav = new Uint8Array(HEADER_BYTES + pcm.length)
  const view = new DataView(wav.buffer)
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) wav[offset + index] = text.charCodeAt(index)
  }
  ascii(0, 'RIFF')
  view.setUint32(4, 36 + pcm.length, true)
  ascii(8, 'WAVE')
  ascii(12, 'fmt ')
  view.setUint32(16, 16, true) // fmt chunk size
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true) // byte rate
  view.setUint16(32, 2, true) // block align
  view.setUint16(34, 16, true) // bits per sample
  ascii(36, 'data')
  view.setUint32(40, pcm.length, true)
  wav.set(pcm, HEADER_BYTES)
  return wav
}
