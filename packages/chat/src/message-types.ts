/**
 * Message types of a chat request, snake_case as on the wire so examples from OpenRouter's
 * docs paste as they are (spec `ChatMessages`, `ChatContentItems`).
 */
import type { FileAnnotation } from './response-types.js'

/** Prompt-caching hint on a text part (Anthropic and Gemini models). */
export interface CacheControl {
  type: 'ephemeral' | (string & {})
  ttl?: '5m' | '1h' | (string & {})
}

/**
 * OpenAI-style explicit prompt-cache boundary: everything through the part that carries it is the
 * cached prefix. Interchangeable with `cache_control` (OpenRouter converts between the two).
 */
export interface PromptCacheBreakpoint {
  mode: 'explicit'
}

/** `{ type: 'text', text }`. */
export interface TextPart {
  type: 'text'
  text: string
  cache_control?: CacheControl
  prompt_cache_breakpoint?: PromptCacheBreakpoint | null
}

/** An image by URL or `data:` URI. */
export interface ImagePart {
  type: 'image_url'
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' | 'original' | (string & {}) }
}

/** Base64 audio (no `data:` prefix); URLs are not supported for audio. */
export interface InputAudioPart {
  type: 'input_audio'
  input_audio: {
    data: string
    format: 'wav' | 'mp3' | 'aiff' | 'aac' | 'ogg' | 'flac' | 'm4a' | (string & {})
  }
}

/** A video by URL or `data:` URI. */
export interface VideoPart {
  type: 'video_url'
  video_url: { url: string }
}

/** A file (PDF, ...) as a URL or `data:` URI in `file_data`, or a `file_id`. */
export interface FilePart {
  type: 'file'
  file: { filename?: string; file_data?: string; file_id?: string }
}

/** Any part of a multimodal message. */
export type ContentPart = TextPart | ImagePart | InputAudioPart | VideoPart | FilePart

/** A tool call the assistant made, as sent back on the next turn. */
export interface ToolCall {
  id: string
  type: 'function'
  function: { name: string; arguments: string }
}

/** One reasoning block; send them back unchanged (signatures intact) to continue a thought. */
export interface ReasoningDetail {
  type:
    | 'reasoning.text'
    | 'reasoning.summary'
    | 'reasoning.encrypted'
    | 'reasoning.server_tool_call'
    | (string & {})
  text?: string | null
  summary?: string
  data?: string
  signature?: string | null
  id?: string | null
  format?: string | null
  index?: number
  [field: string]: unknown
}

/** Instructions from the app, e.g. `{ role: 'system', content: 'Be brief.' }`. */
export interface SystemMessage {
  role: 'system'
  content: string | TextPart[]
  name?: string
}

/** Instructions with developer authority (OpenAI reasoning models); treated as system elsewhere. */
export interface DeveloperMessage {
  role: 'developer'
  content: string | TextPart[]
  name?: string
}

/** What the user says: text, or multimodal parts (`image_url`, `input_audio`, `video_url`, `file`). */
export interface UserMessage {
  role: 'user'
  content: string | ContentPart[]
  name?: string
}

/** A previous assistant turn, or a trailing prefill. */
export interface AssistantMessage {
  role: 'assistant'
  content?: string | ContentPart[] | null
  name?: string
  tool_calls?: ToolCall[]
  refusal?: string | null
  reasoning?: string | null
  reasoning_details?: ReasoningDetail[]
  /** A previous audio answer, referenced by id. */
  audio?: { id: string }
  /** Files OpenRouter parsed in an earlier turn: sent back, they are not parsed again. */
  annotations?: FileAnnotation[]
}

/** The result of a tool call, answering `tool_call_id`. */
export interface ToolMessage {
  role: 'tool'
  content: string | ContentPart[]
  tool_call_id: string
  name?: string
}

/** One message of a conversation, discriminated by `role`. */
export type ChatMessage = SystemMessage | DeveloperMessage | UserMessage | AssistantMessage | ToolMessage
