export { audioFormatFromMime } from './audio-format.js'
export { MAX_AUDIO_BYTES, MAX_MULTIPART_BYTES } from './limits.js'
export { speak } from './speak.js'
export { SpeakParamsSchema } from './speak-params-schema.js'
export type { AudioDelta, SpeakChatChunk } from './speak-protocol.js'
export { DEFAULT_SPEAK_INSTRUCTIONS } from './speak-request.js'
export { type SpeakSinkEvent, SpeakStream, type SpeakStreamOptions, speakStream } from './speak-stream.js'
export { speech } from './speech.js'
export { SpeechParamsSchema } from './speech-params-schema.js'
export { DEFAULT_TRANSCRIBE_PROMPT, transcribe } from './transcribe.js'
export { TranscribeParamsSchema } from './transcribe-params-schema.js'
export { transcription } from './transcription.js'
export { TranscriptionParamsSchema } from './transcription-params-schema.js'
export type {
  AudioData,
  SpeakChunk,
  SpeakParams,
  SpeechParams,
  SpeechResult,
  TranscribeParams,
  TranscriptionParams,
  TranscriptionResult,
} from './types.js'
export { PCM16_SAMPLE_RATE, wavFromPcm16 } from './wav.js'
