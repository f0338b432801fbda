// MPEG-1 Layer III, 32 kbps, 44.1 kHz, mono, no CRC: sync 0xFFF, version 11, layer 01, protection 1.
const FRAME_HEADER = [0xff, 0xfb, 0x10, 0xc0]
// floor(144 * bitrate / sample rate) = floor(144 * 32000 / 44100), without padding.
const FRAME_BYTES = 104
const FRAMES = 12

/**
 * Builds a tiny silent MP3: a run of frames with valid headers and all-zero side information
 * and main data (which decodes as silence), so `file` reports "MPEG ADTS, layer III".
 */
export function createSilentMp3(): Buffer {
  const mp3 = Buffer.alloc(FRAME_BYTES * FRAMES)
  for (let frame = 0; frame < FRAMES; frame++) mp3.set(FRAME_HEADER, frame * FRAME_BYTES)
  return mp3
}
