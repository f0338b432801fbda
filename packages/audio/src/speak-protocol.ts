import type { OpenRouterError } from '@orsdk/transport'
import {
  concatBytes,
  decodeError,
  type ErrorContext,
  encodeBase64,
  jsonSseProtocol,
  STREAM_END,
  STREAM_SKIP,
  type StreamProtocol,
} from '@orsdk/transport/protocol'
import { Base64Decoder } from './base64.js'
import type { SpeakChunk } from './types.js'
import { wavFromPcm16 } from './wav.js'

/** `delta.audio` of a chat chunk (or `message.audio` of a buffered answer). */
export interface AudioDelta {
  id?: string
  data?: string
  transcript?: string
  expires_at?: number
}

/** The parts of a chat completion chunk that speaking needs; the rest is kept, untyped. */
export interface SpeakChatChunk {
  choices?: {
    delta?: { content?: string | null; audio?: AudioDelta }
    message?: { content?: string | null; audio?: AudioDelta }
    finish_reason?: string | null
  }[]
  [field: string]: unknown
}

// A chunk without audio (a transcript piece): nothing to decode, and never handed on.
const NO_AUDIO = new Uint8Array(0)

/**
 * The chat stream of an audio-output model read as audio: each item holds the whole bytes
 * decoded from the latest base64 fragments (cut anywhere, so a quantum's remainder is carried
 * over) and the transcript piece; the final result is the whole clip, in a WAV header unless
 * `format` is `pcm16`. One per stream: it keeps
 * the decoder, and what came back so far for the error of a stream without audio.
 */
export function speakProtocol(
  operation: string,
  output: { format?: 'wav' | 'pcm16'; sampleRate?: number } = {},
): StreamProtocol<SpeakChunk, Uint8Array> {
  const decoder = new Base64Decoder()
  const seen = { chunks: 0, audio: false, text: '', finishReason: undefined as string | undefined }
  // A fragment's whole bytes, or (no fragment) the tail held back at the end.
  const decode = (fragment: string | undefined, context: ErrorContext) => {
    try {
      return fragment === undefined ? decoder.end() : decoder.push(fragment)
    } catch (error) {
      throw decodeError(
        `${operation}: the audio in the response is not valid base64`,
        undefined,
        context,
        error,
      )
    }
  }
  return jsonSseProtocol<SpeakChunk, Uint8Array>({
    name: `${operation} stream`,
    read(data, context) {
      // A stream delta, or the whole message of a model that answered in one body.
      const choice = (data as SpeakChatChunk | null)?.choices?.[0]
      const part = choice?.delta ?? choice?.message
      const base64 = typeof part?.audio?.data === 'string' ? part.audio.data : ''
      const transcript = typeof part?.audio?.transcript === 'string' ? part.audio.transcript : ''
      seen.chunks++
      if (seen.text.length < 200 && typeof part?.content === 'string') seen.text += part.content
      if (typeof choice?.finish_reason === 'string') seen.finishReason = choice.finish_reason
      seen.audio ||= base64 !== ''
      const audio = base64 === '' ? NO_AUDIO : decode(base64, context)
      if (audio.length === 0 && transcript === '') return STREAM_SKIP
      return { ...(audio.length > 0 ? { audio } : {}), ...(transcript !== '' ? { transcript } : {}) }
    },
    // Written back as chat chunks, so the receiving side reads them with this same protocol.
    write: (item) => ({
      choices: [
        {
          delta: { audio: { data: item.audio ? encodeBase64(item.audio) : '', transcript: item.transcript } },
        },
      ],
    }),
    done(context) {
      if (!seen.audio) throw noAudioError(operation, seen, context)
      const rest = decode(undefined, context)
      return rest.length === 0 ? STREAM_END : { audio: rest }
    },
    accumulate: () => {
      const parts: Uint8Array[] = []
      return {
        add: (item) => {
          if (item.audio !== undefined) parts.push(item.audio)
        },
        // The samples as a playable file, unless the caller asked for them raw.
        result: () => {
          const audio = concatBytes(parts)
          return output.format === 'pcm16' ? audio : wavFromPcm16(audio, output.sampleRate)
        },
      }
    },
  })
}

/** The `decode` error of a response that carried no audio data: it says what came back instead. */
function noAudioError(
  operation: string,
  seen: { chunks: number; text: string; finishReason: string | undefined },
  context: ErrorContext,
): OpenRouterError {
  const held =
    seen.text.trim() === ''
      ? `${seen.chunks} chunk(s) with no text either`
      : `text only: ${JSON.stringify(seen.text.slice(0, 200))}`
  const finish = seen.finishReason === undefined ? '' : ` (finish_reason ${seen.finishReason})`
  return decodeError(
    `${operation}: the response carried no audio, ${held}${finish}; use a model with audio output (ttsModels() in @orsdk/catalog)`,
    undefined,
    context,
  )
}
