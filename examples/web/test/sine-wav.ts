/** A mono 16-bit PCM WAV of a sine tone: what Chromium's fake microphone plays from a file. */
export function sineWav(options: { seconds: number; hertz: number; sampleRate: number }): Buffer {
  const samples = Math.round(options.seconds * options.sampleRate)
  const wav = Buffer.alloc(44 + samples * 2)
  wav.write('RIFF', 0, 'ascii')
  wav.writeUInt32LE(36 + samples * 2, 4)
  wav.write('WAVEfmt ', 8, 'ascii')
  wav.writeUInt32LE(16, 16) // fmt chunk size
  wav.writeUInt16LE(1, 20) // PCM
  wav.writeUInt16LE(1, 22) // mono
  wav.writeUInt32LE(options.sampleRate, 24)
  wav.writeUInt32LE(options.sampleRate * 2, 28) // bytes per second
  wav.writeUInt16LE(2, 32) // bytes per frame
  wav.writeUInt16LE(16, 34) // bits per sample
  wav.write('data', 36, 'ascii')
  wav.writeUInt32LE(samples * 2, 40)
  for (let index = 0; index < samples; index++) {
    const value = Math.sin((2 * Math.PI * options.hertz * index) / options.sampleRate)
    wav.writeInt16LE(Math.round(value * 0.5 * 32767), 44 + index * 2)
  }
  return wav
}
