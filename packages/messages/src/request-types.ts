import type { ProviderPreferences } from '@orsdk/transport'

/**
 * The request of `POST /messages`: Anthropic's Messages API as OpenRouter serves it (spec
 * `MessagesRequest`), plus OpenRouter's routing extras. Enums are open strings, so values
 * newer than this package still type-check.
 */

/** Marks a prompt-cache breakpoint: everything up to and including this block is cached. */
export interface CacheControl {
  type: 'ephemeral' | (string & {})
  /** Cache lifetime; Anthropic's default is 5 minutes. */
  ttl?: '5m' | '1h' | (string & {})
}

interface Cacheable {
  cache_control?: CacheControl | null
}

export interface TextBlockParam extends Cacheable {
  type: 'text'
  text: string
  citations?: Record<string, unknown>[] | null
}

/** An image as base64 data or a URL. */
export type ImageSource =
  | {
      type: 'base64'
      media_type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | (string & {})
      data: string
    }
  | { type: 'url'; url: string }

export interface ImageBlockParam extends Cacheable {
  type: 'image'
  source: ImageSource
}

/** A PDF (base64 or URL), plain text, or a list of content blocks. */
export type DocumentSource =
  | { type: 'base64'; media_type: 'application/pdf' | (string & {}); data: string }
  | { type: 'text'; media_type: 'text/plain' | (string & {}); data: string }
  | { type: 'url'; url: string }
  | { type: 'content'; content: string | (TextBlockParam | ImageBlockParam)[] }

export interface DocumentBlockParam extends Cacheable {
  type: 'document'
  source: DocumentSource
  title?: string | null
  context?: string | null
  /** Lets the model cite passages of this document (`citations_delta` when streaming). */
  citations?: { enabled: boolean } | null
}

/** A tool call the assistant made, sent back in the conversation. */
export interface ToolUseBlockParam extends Cacheable {
  type: 'tool_use'
  id: string
  name: string
  input: Record<string, unknown>
}

/** The answer to a tool call, in a `user` message. */
export interface ToolResultBlockParam extends Cacheable {
  type: 'tool_result'
  tool_use_id: string
  content?: string | (TextBlockParam | ImageBlockParam | DocumentBlockParam)[]
  is_error?: boolean
}

/** A thinking block from an earlier answer; send it back unchanged (with its signature) in tool loops. */
export interface ThinkingBlockParam {
  type: 'thinking'
  thinking: string
  signature: string
}

export interface RedactedThinkingBlockParam {
  type: 'redacted_thinking'
  data: string
}

export type ContentBlockParam =
  | TextBlockParam
  | ImageBlockParam
  | DocumentBlockParam
  | ToolUseBlockParam
  | ToolResultBlockParam
  | ThinkingBlockParam
  | RedactedThinkingBlockParam

/** One turn of the conversation. System prompts go in `system`, not here. */
export interface MessageParam {
  role: 'user' | 'assistant'
  content: string | ContentBlockParam[]
}

/** A tool the model may call; `input_schema` is a JSON Schema object. */
export interface CustomTool extends Cacheable {
  type?: 'custom'
  name: string
  description?: string
  input_schema: {
    type: 'object'
    properties?: Record<string, unknown>
    required?: string[]
    [keyword: string]: unknown
  }
}

/** A server tool such as `{ type: 'web_search_20250305', name: 'web_search' }`. */
export interface ServerTool extends Cacheable {
  type: string & {}
  name: string
  [setting: string]: unknown
}

export type Tool = CustomTool | ServerTool

export type ToolChoice =
  | { type: 'auto'; disable_parallel_tool_use?: boolean }
  | { type: 'any'; disable_parallel_tool_use?: boolean }
  | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean }
  | { type: 'none' }

/** Extended thinking: `budget_tokens` caps the thinking and must be below `max_tokens`. */
export type ThinkingConfig =
  | { type: 'enabled'; budget_tokens: number }
  | { type: 'disabled' }
  | { type: 'adaptive' | (string & {}); [setting: string]: unknown }

/** Params of `messages` and `messagesStream`. OpenRouter requires only `model` and `messages`. */
export interface MessagesParams {
  /** An OpenRouter model slug, any provider: `anthropic/claude-sonnet-4.5`, `openai/gpt-4o-mini`. */
  model: string
  messages: MessageParam[]
  max_tokens?: number
  system?: string | TextBlockParam[]
  temperature?: number
  top_p?: number
  top_k?: number
  stop_sequences?: string[]
  tools?: Tool[]
  tool_choice?: ToolChoice
  thinking?: ThinkingConfig
  metadata?: { user_id?: string | null; [field: string]: unknown }
  /** Caches the whole prompt up to the last cacheable block. */
  cache_control?: CacheControl
  service_tier?: 'auto' | 'standard_only' | (string & {})
  /** OpenRouter: provider routing. */
  provider?: ProviderPreferences
  /** OpenRouter: plugins such as `{ id: 'web' }`. */
  plugins?: { id: string; [setting: string]: unknown }[]
  /** OpenRouter: models to try in order; not with `fallbacks`. */
  models?: string[]
  /** OpenRouter: up to 3 fallback models; not with `models`. */
  fallbacks?: { model: string }[]
  /** OpenRouter: sticky routing key for a conversation. */
  session_id?: string
  /** OpenRouter: your end user's id, for abuse tracking. */
  user?: string
}
