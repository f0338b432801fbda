/** Audio you pass in: raw bytes (a Node `Buffer` is a `Uint8Array`), an `ArrayBuffer` or a `Blob`/`File`. */
export type AudioData = Uint8Array | ArrayBuffer | Blob

/** Params of `speak` and `speakStream`: text read aloud by an audio chat model. */
export interface SpeakParams {
  /** An audio-output chat model, e.g. `openai/gpt-audio-mini`. */
  model: string
  /** The text to read aloud, word for word. */
  text: string
  /** Default `alloy`. Voices vary by model: alloy, echo, fable, onyx, nova, shimmer, ... */
  voice?: string
  /**
   * Default `wav`: the model streams `pcm16` (the only format audio-output models stream) and
   * `speak` wraps the samples in a WAV header, so the result plays anywhere. `pcm16`: the raw
   * samples. Other formats are rejected before any I/O (for mp3, use `speech` with a speech model).
   */
  format?: 'wav' | 'pcm16'
  /** The sample rate written into the WAV header; default 24 000 Hz, OpenAI's pcm16 rate. */
  sampleRate?: number
  /** Replaces the system message that makes the model repeat the text verbatim. */
  instructions?: string
  /** Extra chat request fields (`provider`, `temperature`, ...) pass through. */
  [field: string]: unknown
}

/** One piece of a `speakStream`: decoded audio bytes, a piece of the transcript, or both. */
export interface SpeakChunk {
  audio?: Uint8Array
  transcript?: string
}

/** Params of `transcribe`: audio turned into text by an audio-input chat model. */
export interface TranscribeParams {
  /** An audio-input chat model, e.g. `google/gemini-2.5-flash`. */
  model: string
  audio: AudioData
  /** The MIME type (`audio/webm;codecs=opus`); default the `Blob`'s type. Gives `format`. */
  mime?: string
  /** The wire format (wav, mp3, ogg, m4a, flac, aac, aiff, pcm16, ...); wins over `mime`. */
  format?: string
  /** Replaces the default instruction, which asks for a verbatim transcription only. */
  prompt?: string
  /** The spoken language, as a hint (`en`, `French`, ...). */
  language?: string
  /** Extra chat request fields (`provider`, `temperature`, ...) pass through. */
  [field: string]: unknown
}

/** Params of `speech`: `POST /audio/speech`. */
export interface SpeechParams {
  /** A speech model (`/models?output_modalities=speech`), e.g. `openai/gpt-4o-mini-tts`. */
  model: string
  input: string
  /** Provider-specific; required unless the provider has a default. */
  voice?: string
  /** `mp3` or `pcm`. **The default is `pcm`** (raw 16-bit little-endian), unlike OpenAI's mp3. */
  response_format?: 'mp3' | 'pcm' | (string & {})
  speed?: number
  /** `{ options: { <provider slug>: {...} } }`, passed through. */
  provider?: Record<string, unknown>
  [field: string]: unknown
}

/** What `speechStream` resolves with: the audio as it arrives. */
export interface SpeechStreamResult {
  /** The audio bytes, read as you pull; cancel it to stop the download. */
  audio: ReadableStream<Uint8Array>
  /** The response's `Content-Type`: `audio/mpeg` for mp3, `audio/pcm` for pcm. */
  contentType: string
  generationId?: string
}

/** What `speech` resolves with. */
export interface SpeechResult {
  audio: Uint8Array
  /** The response's `Content-Type`: `audio/mpeg` for mp3, `audio/pcm` for pcm. */
  contentType: string
  generationId?: string
}

/** Params of `transcription`: `POST /audio/transcriptions`. */
export interface TranscriptionParams {
  /** A transcription model, e.g. `openai/whisper-1` (see the README on which slugs exist). */
  model: string
  /** The audio; `file` is accepted as an alias, as in OpenAI's API. */
  audio?: AudioData
  file?: AudioData
  /** Node, Bun, Deno: read the audio from this file (streamed as it is sent, with `multipart: true`). */
  path?: string
  /** The file name the multipart form gives the audio; default the path's base name, else `audio.<format>`. */
  filename?: string
  /** The MIME type; default the `Blob`'s type. Gives `format`. */
  mime?: string
  /** wav, mp3, ogg, m4a, flac, ...; wins over `mime`, which wins over the file name's extension. */
  format?: string
  language?: string
  temperature?: number
  /** `json` (default) or `verbose_json` (OpenAI-compatible providers only). */
  response_format?: 'json' | 'verbose_json'
  timestamp_granularities?: ('segment' | 'word')[]
  /** Send multipart/form-data (OpenAI-style, 25 MB cap) instead of base64 JSON. */
  multipart?: boolean
  provider?: Record<string, unknown>
  [field: string]: unknown
}

/** What `transcription` resolves with; unknown fields of the response are kept. */
export interface TranscriptionResult {
  text: string
  usage?: {
    seconds?: number
    input_tokens?: number
    output_tokens?: number
    total_tokens?: number
    cost?: number
    [field: string]: unknown
  }
  task?: string
  language?: string
  duration?: number
  segments?: { id?: number; start: number; end: number; text: string; [field: string]: unknown }[]
  words?: { word: string; start: number; end: number; [field: string]: unknown }[]
  generationId?: string
  [field: string]: unknown
}
