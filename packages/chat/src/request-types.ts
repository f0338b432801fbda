import type { ProviderPreferences } from '@orsdk/transport'
import type { ChatMessage } from './message-types.js'

/** A plugin, discriminated by `id` (web search, file parsing, response healing, ...). */
export interface ChatPlugin {
  id:
    | 'web'
    | 'web-fetch'
    | 'file-parser'
    | 'response-healing'
    | 'context-compression'
    | 'moderation'
    | 'auto-router'
    | 'auto-beta-router'
    | 'pareto-router'
    | 'fusion'
    | (string & {})
  enabled?: boolean
  /** Plugin-specific settings (`max_results`, `engine`, `pdf`, ...). */
  [setting: string]: unknown
}

/** A function the model may call. `parameters` is a JSON Schema. */
export interface FunctionTool {
  type: 'function'
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean }
}

/** An OpenRouter server tool such as `{ type: 'openrouter:web_search' }`. */
export interface ServerTool {
  type: `openrouter:${string}`
  [setting: string]: unknown
}

/** A tool the model may use: your function, or an OpenRouter server tool. */
export type ChatTool = FunctionTool | ServerTool

/** Whether and which tool the model must call. */
export type ToolChoice =
  | 'none'
  | 'auto'
  | 'required'
  | { type: 'function'; function: { name: string } }
  | { type: string & {} }

/** Structured output: free text, any JSON object, or JSON matching a schema. */
export type ResponseFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema'
      json_schema: { name: string; description?: string; strict?: boolean; schema?: Record<string, unknown> }
    }
  | { type: 'grammar'; grammar: string }
  | { type: 'python' }

/** Reasoning ("thinking") settings; `effort` and `max_tokens` are alternatives. */
export interface ReasoningConfig {
  effort?: 'max' | 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none' | (string & {})
  /** Token budget for reasoning (Anthropic, Gemini). */
  max_tokens?: number
  /** Reason, but leave the reasoning out of the response. */
  exclude?: boolean
  /** Turn reasoning on at the model's default effort. */
  enabled?: boolean
  summary?: 'auto' | 'concise' | 'detailed' | (string & {}) | null
}

/**
 * Everything `POST /chat/completions` accepts, snake_case as on the wire. Only `messages` is
 * required; without `model` the account default is used. `stream` is set by `chatStream`.
 * Parameters newer than these types pass through untouched: spread them from a variable.
 */
export interface ChatParams {
  messages: ChatMessage[]
  model?: string
  /** Fallback models, tried in order on any error; the response's `model` says which served. */
  models?: string[]
  provider?: ProviderPreferences
  plugins?: ChatPlugin[]
  reasoning?: ReasoningConfig
  /** Shorthand for `reasoning.effort`. */
  reasoning_effort?: ReasoningConfig['effort']
  tools?: ChatTool[]
  tool_choice?: ToolChoice
  parallel_tool_calls?: boolean
  response_format?: ResponseFormat
  /** 0 to 2. */
  temperature?: number
  /** 0 to 1. */
  top_p?: number
  top_k?: number
  /** 0 to 1. */
  min_p?: number
  /** 0 to 1. */
  top_a?: number
  /** -2 to 2. */
  frequency_penalty?: number
  /** -2 to 2. */
  presence_penalty?: number
  /** 0 to 2. */
  repetition_penalty?: number
  seed?: number
  /** Up to 4 sequences. */
  stop?: string | string[]
  logit_bias?: Record<string, number>
  logprobs?: boolean
  top_logprobs?: number
  max_completion_tokens?: number
  /** Deprecated upstream in favour of `max_completion_tokens`, still widely honoured. */
  max_tokens?: number
  /** Output modalities; audio output also needs `audio` and a stream. */
  modalities?: Array<'text' | 'image' | 'audio' | (string & {})>
  audio?: { voice: string; format: 'wav' | 'mp3' | 'flac' | 'opus' | 'pcm16' | (string & {}) }
  image_config?: Record<string, unknown>
  /** Predicted output, to speed up edits of a known text. */
  prediction?: { type: 'content'; content: string | Array<{ type: 'text'; text: string }> }
  /** A stable id of your end user, for abuse tracking. */
  user?: string
  /** Groups requests of one conversation; also the sticky-routing key (at most 256 characters). */
  session_id?: string
  /** Up to 16 string pairs. */
  metadata?: Record<string, string>
  service_tier?: 'auto' | 'default' | 'fast' | 'flex' | 'priority' | 'scale' | (string & {})
  prompt_cache_key?: string
  cache_control?: Record<string, unknown>
  debug?: { echo_upstream_body?: boolean }
  trace?: Record<string, unknown>
  /** Deprecated upstream; use `provider.sort.partition`. */
  route?: 'fallback' | 'sort' | (string & {})
  /** Set by the SDK: `chat` sends `false` or nothing, `chatStream` sends `true`. */
  stream?: false
}
