import type { ReasoningDetail } from './message-types.js'

/** Why generation stopped, normalized by OpenRouter; the provider's own value is `native_finish_reason`. */
export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'error' | (string & {})

/** Token counts and cost of one generation (spec `ChatUsage`); `costOf(usage)` adds it up. */
export interface ChatUsage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
  /** What OpenRouter charged your credits (USD), cache discounts included; on BYOK, its fee only. */
  cost?: number | null
  /** True when the request ran on your own provider key (BYOK). */
  is_byok?: boolean
  cost_details?: {
    /** What the provider charged for the inference: on BYOK, billed to your own provider account. */
    upstream_inference_cost?: number | null
    upstream_inference_prompt_cost?: number
    upstream_inference_completions_cost?: number
  } | null
  prompt_tokens_details?: {
    cached_tokens?: number
    cache_write_tokens?: number
    audio_tokens?: number
    video_tokens?: number
  }
  completion_tokens_details?: {
    reasoning_tokens?: number
    audio_tokens?: number
    image_tokens?: number
    accepted_prediction_tokens?: number
    rejected_prediction_tokens?: number
  }
  server_tool_use_details?: {
    web_search_requests?: number
    tool_calls_requested?: number
    tool_calls_executed?: number
  }
}

/** A tool call in a response. `arguments` is JSON text, possibly invalid: parse it with care. */
export interface ResponseToolCall {
  id: string
  type: 'function' | (string & {})
  function: { name: string; arguments: string }
}

/** Audio output: `data` is base64 of the whole clip. */
export interface AudioOutput {
  id?: string
  data?: string
  transcript?: string
  expires_at?: number
}

/** Log probabilities of the generated tokens. */
export interface ChoiceLogprobs {
  content?: Array<{
    token: string
    logprob: number
    bytes?: number[] | null
    top_logprobs?: unknown[]
  }> | null
  refusal?: unknown[] | null
}

/**
 * A web page the answer cites (the `web` plugin, `:online` models, the `openrouter:web_search`
 * server tool); `start_index` and `end_index` locate the citing text in `content`.
 */
export interface UrlCitation {
  type: 'url_citation'
  url_citation: {
    url: string
    title?: string
    /** The search result's text, added by OpenRouter when available. */
    content?: string
    start_index?: number
    end_index?: number
    [field: string]: unknown
  }
}

/** A part of a parsed file: text, or an image as a `data:` URL. */
export type FileAnnotationPart =
  | { type: 'text'; text: string }
  | { type: 'image_url'; image_url: { url: string } }

/**
 * A file OpenRouter parsed (the `file-parser` plugin, a PDF). Sent back on the next turn
 * (`toAssistantMessage` keeps it), it spares parsing the same file again.
 */
export interface FileAnnotation {
  type: 'file'
  file: { hash: string; name?: string; content?: FileAnnotationPart[]; [field: string]: unknown }
}

/**
 * What the answer is grounded on. The union is closed so `annotation.type === 'url_citation'`
 * narrows; an annotation type newer than this package is still kept, as sent, at run time.
 */
export type Annotation = UrlCitation | FileAnnotation

/** The assistant's answer. */
export interface CompletionMessage {
  role: 'assistant'
  content: string | null
  refusal?: string | null
  reasoning?: string | null
  /** Send these back unchanged on the next turn to continue the model's reasoning. */
  reasoning_details?: ReasoningDetail[]
  tool_calls?: ResponseToolCall[]
  images?: Array<{ type?: string; image_url: { url: string } }>
  audio?: AudioOutput
  /** Web-search citations and parsed files the answer rests on. */
  annotations?: Annotation[]
}

/** The error a provider raised after generation started (with `finish_reason: 'error'`). */
export interface ChoiceError {
  code?: number | string
  message?: string
  metadata?: { error_type?: string; provider_code?: string; [field: string]: unknown }
}

/** One answer of a completion; `error` is set when `finish_reason` is `error`. */
export interface CompletionChoice {
  index: number
  message: CompletionMessage
  finish_reason: FinishReason | null
  native_finish_reason?: string | null
  logprobs?: ChoiceLogprobs | null
  error?: ChoiceError
}

/** A buffered chat completion (spec `ChatResult`), or one accumulated from a stream. */
export interface ChatCompletion {
  /** The generation id (`gen-...`). */
  id: string
  object: 'chat.completion' | (string & {})
  created: number
  /** The model that served the request (with `models`, the fallback that answered). */
  model: string
  /** The provider that served the request. */
  provider?: string
  system_fingerprint?: string | null
  service_tier?: string | null
  choices: CompletionChoice[]
  usage?: ChatUsage
  openrouter_metadata?: Record<string, unknown> | null
  /** Added by the SDK: the `X-Generation-Id` response header, for `GET /generation`. */
  generationId?: string
}

/** One streamed tool-call fragment; `index` says which call it extends. */
export interface ToolCallDelta {
  index: number
  id?: string
  type?: 'function' | (string & {})
  function?: { name?: string; arguments?: string }
}

/** What one chunk adds to the answer; every field is a fragment to append. */
export interface ChunkDelta {
  role?: 'assistant' | (string & {})
  content?: string | null
  refusal?: string | null
  reasoning?: string | null
  reasoning_details?: ReasoningDetail[]
  tool_calls?: ToolCallDelta[]
  images?: Array<{ type?: string; image_url: { url: string } }>
  /** Base64 fragments in `data` and text fragments in `transcript`, in order. */
  audio?: AudioOutput
  /** Annotations to append to the message's list. */
  annotations?: Annotation[]
}

/** One choice of a chunk; `finish_reason` is set on its last chunk. */
export interface ChunkChoice {
  index: number
  delta: ChunkDelta
  finish_reason: FinishReason | null
  native_finish_reason?: string | null
  logprobs?: ChoiceLogprobs | null
}

/**
 * One event of a chat stream (spec `ChatStreamChunk`). The last chunk before `[DONE]` carries
 * `usage` and usually `choices: []`, so never assume `choices[0]` exists.
 */
export interface ChatCompletionChunk {
  id: string
  object: 'chat.completion.chunk' | (string & {})
  created: number
  model: string
  provider?: string
  system_fingerprint?: string | null
  service_tier?: string | null
  choices: ChunkChoice[]
  usage?: ChatUsage
  openrouter_metadata?: Record<string, unknown> | null
}
