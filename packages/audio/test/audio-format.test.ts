import { describe, expect, it } from 'vitest'
import { audioFormatFromFilename, audioFormatFromMime } from '../src/index.js'

describe('audioFormatFromMime', () => {
  it('maps each audio MIME type to the wire format when the type is known', () => {
    const cases: Record<string, string> = {
      'audio/webm': 'ogg',
      'audio/webm;codecs=opus': 'ogg',
      'audio/ogg; codecs="opus"': 'ogg',
      'video/webm': 'ogg',
      'audio/mp4': 'm4a',
      'audio/x-m4a': 'm4a',
      'audio/mpeg': 'mp3',
      'audio/mp3': 'mp3',
      'audio/wav': 'wav',
      'audio/x-wav': 'wav',
      'audio/wave': 'wav',
      'Audio/WAV': 'wav',
      'audio/flac': 'flac',
      'audio/x-flac': 'flac',
      'audio/aac': 'aac',
      'audio/aiff': 'aiff',
      'audio/L16;rate=16000': 'pcm16',
    }
    for (const [mime, format] of Object.entries(cases)) expect(audioFormatFromMime(mime), mime).toBe(format)
  })

  it('returns undefined when the type is not audio or not known', () => {
    for (const mime of ['text/plain', 'image/png', 'audio/x-unknown', '', 'video/quicktime']) {
      expect(audioFormatFromMime(mime), mime).toBeUndefined()
    }
  })
})

describe('audioFormatFromFilename', () => {
  it.each([
    ['meeting.m4a', 'm4a'],
    ['HELLO.MP3', 'mp3'],
    ['clip.webm', 'ogg'],
    ['a.b.wav', 'wav'],
    ['notes.txt', undefined],
    ['no-extension', undefined],
    ['odd.constructor', undefined],
  ])('reads %s as %s', (filename, format) => {
    expect(audioFormatFromFilename(filename)).toBe(format)
  })

  it('finds no format for a MIME subtype named like an Object method', () => {
    expect(audioFormatFromMime('audio/constructor')).toBeUndefined()
  })
})
