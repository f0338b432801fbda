import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import type { RecordedMultipart } from '../multipart'
import { sendError, sendJson } from '../respond'

/** The audio and options of one transcription request, from either body form. */
interface TranscriptionInput {
  model: unknown
  audio: Buffer
  format: string
  responseFormat: unknown
  language: unknown
  granularities: unknown
}

const isMultipart = (body: unknown): body is RecordedMultipart =>
  isRecord(body) && isRecord(body.fields) && Array.isArray(body.files)

function fromMultipart(body: RecordedMultipart): TranscriptionInput {
  const file = body.files.find((part) => part.name === 'file')
  const extension = file?.filename.includes('.') ? file.filename.split('.').pop() : undefined
  const granularities = body.fields['timestamp_granularities[]'] ?? body.fields.timestamp_granularities
  return {
    model: body.fields.model,
    audio: Buffer.from(file?.base64 ?? '', 'base64'),
    format: extension ?? file?.type.replace(/^audio\//, '') ?? 'unknown',
    responseFormat: body.fields.response_format,
    language: body.fields.language,
    granularities: granularities === undefined ? undefined : granularities.split(','),
  }
}

function fromJson(body: Record<string, unknown>): TranscriptionInput {
  const input = isRecord(body.input_audio) ? body.input_audio : {}
  return {
    model: body.model,
    audio: Buffer.from(typeof input.data === 'string' ? input.data : '', 'base64'),
    format: typeof input.format === 'string' ? input.format : 'unknown',
    responseFormat: body.response_format,
    language: body.language,
    granularities: body.timestamp_granularities,
  }
}

/** Seconds of audio: exact for a PCM WAV (byte rate at offset 28), else a 16 kB/s guess. */
function durationOf(audio: Buffer): number {
  const isWav = audio.length > 44 && audio.toString('ascii', 0, 4) === 'RIFF'
  const byteRate = isWav ? audio.readUInt32LE(28) : 16_000
  const bytes = isWav ? audio.length - 44 : audio.length
  return Math.round((bytes / (byteRate || 16_000)) * 1000) / 1000
}

function verboseParts(text: string, duration: number, granularities: unknown) {
  const words = text.split(' ')
  const step = duration / Math.max(1, words.length)
  const wanted = Array.isArray(granularities) ? granularities : ['segment']
  return {
    segments: wanted.includes('segment') ? [{ id: 0, start: 0, end: duration, text }] : undefined,
    words: wanted.includes('word')
      ? words.map((word, index) => ({ word, start: index * step, end: (index + 1) * step }))
      : undefined,
  }
}

/**
 * POST /api/v1/audio/transcriptions, as JSON (`input_audio: {data, format}`) or multipart
 * (`file` + fields). Answers `transcribed: N bytes of <format>`; `verbose_json` adds segments
 * and words; `text`, `srt` and `vtt` get the 400 the real API gives.
 */
export function handleAudioTranscriptions(exchange: Exchange): void {
  const { body, scenario } = exchange
  if (!isRecord(body)) {
    sendError(exchange, 400, 'Invalid body: expected JSON or multipart/form-data')
    return
  }
  const input = isMultipart(body) ? fromMultipart(body) : fromJson(body)
  if (typeof input.model !== 'string' || input.model === '') {
    sendError(exchange, 400, 'model is required')
    return
  }
  if (input.audio.length === 0) {
    sendError(exchange, 400, 'Audio is required: send input_audio {data, format} or a multipart file')
    return
  }
  const responseFormat = input.responseFormat ?? 'json'
  if (responseFormat !== 'json' && responseFormat !== 'verbose_json') {
    const shown = JSON.stringify(responseFormat)
    sendError(exchange, 400, `response_format ${shown} is not supported: use json or verbose_json`)
    return
  }
  const text = scenario.text ?? `transcribed: ${input.audio.length} bytes of ${input.format}`
  const seconds = durationOf(input.audio)
  const usage = { seconds, total_tokens: Math.ceil(seconds * 10), cost: Math.round(seconds * 100) / 1e6 }
  const result: Record<string, unknown> = { text, usage }
  if (responseFormat === 'verbose_json') {
    const language = typeof input.language === 'string' ? input.language : 'english'
    Object.assign(result, { task: 'transcribe', language, duration: seconds })
    Object.assign(result, verboseParts(text, seconds, input.granularities))
  }
  exchange.response.setHeader('x-generation-id', createGenerationId())
  sendJson(exchange, 200, result)
}
