import { createSilentMp3 } from '../audio-mp3'
import { createPcm16, createWav } from '../audio-sample'
import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import { sendError, writeHead } from '../respond'

/** What each `response_format` answers with: the real API knows `pcm` (its default) and `mp3`. */
const FORMATS: Record<string, { contentType: string; bytes: () => Buffer }> = {
  // Raw 16-bit little-endian PCM: the sample WAV without its header.
  pcm: { contentType: 'audio/pcm', bytes: createPcm16 },
  mp3: { contentType: 'audio/mpeg', bytes: createSilentMp3 },
  wav: { contentType: 'audio/wav', bytes: createWav },
}

/** POST /api/v1/audio/speech: binary audio, `X-Generation-Id`, JSON errors. */
export function handleAudioSpeech(exchange: Exchange): void {
  const { body } = exchange
  if (!isRecord(body)) {
    sendError(exchange, 400, 'Invalid JSON body: expected an object')
    return
  }
  if (typeof body.model !== 'string' || body.model === '') {
    sendError(exchange, 400, 'model is required')
    return
  }
  if (typeof body.input !== 'string' || body.input === '') {
    sendError(exchange, 400, 'input is required and must be a non-empty string')
    return
  }
  const name = body.response_format ?? 'pcm'
  const format = typeof name === 'string' ? FORMATS[name] : undefined
  if (format === undefined) {
    sendError(exchange, 400, `Unsupported response_format ${JSON.stringify(name)}: use mp3 or pcm`)
    return
  }
  const audio = format.bytes()
  writeHead(exchange, 200, {
    'content-type': format.contentType,
    'content-length': audio.length,
    'x-generation-id': createGenerationId(),
  })
  exchange.response.end(audio)
}
