import type { ProviderPreferences } from '@orsdk/transport'
import type { ChatMessage } from './message-types.js'

/** Where the user roughly is, for location-biased search results. */
export interface UserLocation {
  type: 'approximate'
  city?: string | null
  region?: string | null
  country?: string | null
  timezone?: string | null
}

/** The `web` plugin (also what `:online` models turn on): search results with `url_citation` annotations. */
export interface WebPlugin {
  id: 'web'
  enabled?: boolean
  /** Default: the provider's native search where there is one, else Exa. */
  engine?: 'native' | 'exa' | 'firecrawl' | 'parallel' | 'perplexity' | (string & {})
  /** Engine-specific: Exa `instant` ... `deep-reasoning`, Parallel `turbo` ... `advanced`. */
  mode?: string
  /** Results per search; default 5. */
  max_results?: number
  max_uses?: number
  /** The text that introduces the results to the model. */
  search_prompt?: string
  include_domains?: string[]
  exclude_domains?: string[]
  user_location?: UserLocation
  /** xAI models: also search X, with these filters (`allowed_x_handles`, `from_date`, ...). */
  x_search?: Record<string, unknown>
}

/** The `web-fetch` plugin: the model may fetch pages (or PDFs) by URL. */
export interface WebFetchPlugin {
  id: 'web-fetch'
  enabled?: boolean
  allowed_domains?: string[]
  blocked_domains?: string[]
  /** Content beyond this many (approximate) tokens is cut. */
  max_content_tokens?: number
  max_uses?: number
}

/**
 * The `file-parser` plugin: how PDFs are read. `cloudflare-ai` (free, markdown), `mistral-ocr`
 * (scans and images, priced per page) or `native` (models that read files themselves, priced as
 * input tokens); `pdf-text` is deprecated and redirected to `cloudflare-ai`.
 */
export interface FileParserPlugin {
  id: 'file-parser'
  enabled?: boolean
  pdf?: { engine?: 'cloudflare-ai' | 'mistral-ocr' | 'native' | 'pdf-text' | (string & {}) }
}

/** The `response-healing` plugin: repairs malformed JSON of buffered `json_schema` answers. */
export interface ResponseHealingPlugin {
  id: 'response-healing'
  enabled?: boolean
}

/** The `context-compression` plugin (formerly `transforms: ['middle-out']`); on by default up to 8k contexts. */
export interface ContextCompressionPlugin {
  id: 'context-compression'
  enabled?: boolean
  engine?: 'middle-out' | (string & {})
}

/** Any other plugin (`moderation`, `auto-router`, `pareto-router`, `fusion`, newer ones) with its settings. */
export interface OtherPlugin {
  id: 'moderation' | 'auto-router' | 'auto-beta-router' | 'pareto-router' | 'fusion' | (string & {})
  enabled?: boolean
  [setting: string]: unknown
}

/** A plugin, discriminated by `id` (web search, file parsing, response healing, ...). */
export type ChatPlugin =
  | WebPlugin
  | WebFetchPlugin
  | FileParserPlugin
  | ResponseHealingPlugin
  | ContextCompressionPlugin
  | OtherPlugin

/** A function the model may call. `parameters` is a JSON Schema. */
export interface FunctionTool {
  type: 'function'
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean }
}

/** Settings of the `openrouter:web_search` server tool. */
export interface WebSearchToolParameters {
  /** Default `auto`: the provider's native search where there is one, else Exa. */
  engine?: 'auto' | 'native' | 'exa' | 'firecrawl' | 'parallel' | 'perplexity' | (string & {})
  mode?: string
  /** Results per search call; default 5. */
  max_results?: number
  /** Results over every search call of the request. */
  max_total_results?: number
  /** Searches the model may run in one request. */
  max_uses?: number
  search_context_size?: 'low' | 'medium' | 'high' | (string & {})
  /** Characters of content per result (1 to 100,000). */
  max_characters?: number
  allowed_domains?: string[]
  excluded_domains?: string[]
  user_location?: UserLocation
  [setting: string]: unknown
}

/** `{ type: 'openrouter:web_search' }`: the model searches the web when it decides to; cited as `url_citation`. */
export interface WebSearchServerTool {
  type: 'openrouter:web_search'
  parameters?: WebSearchToolParameters
}

/** `{ type: 'openrouter:web_fetch' }`: the model fetches a page or a PDF by URL. */
export interface WebFetchServerTool {
  type: 'openrouter:web_fetch'
  parameters?: {
    engine?: 'auto' | 'native' | 'openrouter' | 'exa' | 'parallel' | 'firecrawl' | (string & {})
    allowed_domains?: string[]
    blocked_domains?: string[]
    max_content_tokens?: number
    max_uses?: number
    [setting: string]: unknown
  }
}

/** `{ type: 'openrouter:datetime' }`: the current date and time, in `timezone` (IANA, default UTC). */
export interface DatetimeServerTool {
  type: 'openrouter:datetime'
  parameters?: { timezone?: string }
}

/** `{ type: 'openrouter:image_generation' }`: images from a prompt; any `image_config` setting applies. */
export interface ImageGenerationServerTool {
  type: 'openrouter:image_generation'
  parameters?: { model?: string; [setting: string]: unknown }
}

/** Another OpenRouter server tool (`openrouter:bash`, `openrouter:fusion`, newer ones). */
export interface OtherServerTool {
  type: `openrouter:${string}`
  parameters?: Record<string, unknown>
  [setting: string]: unknown
}

/** A tool OpenRouter runs itself, with the results folded into the answer. */
export type ServerTool =
  | WebSearchServerTool
  | WebFetchServerTool
  | DatetimeServerTool
  | ImageGenerationServerTool
  | OtherServerTool

/** When OpenRouter stops its server-tool loop (any condition met ends it). */
export type StopServerToolsCondition =
  | { type: 'step_count_is'; step_count: number }
  | { type: 'has_tool_call'; tool_name: string }
  | { type: 'max_tokens_used'; max_tokens: number }
  | { type: 'max_cost'; max_cost_in_dollars: number }
  | { type: 'finish_reason_is'; reason: string }

/** Explicit prompt caching for OpenAI models (GPT-5.6 and later): only marked parts are cached. */
export interface PromptCacheOptions {
  mode: 'explicit'
  /** e.g. `'30m'`. */
  ttl?: string | null
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
  /** With `mode: 'explicit'`, only text parts marked with `prompt_cache_breakpoint` are cached. */
  prompt_cache_options?: PromptCacheOptions | null
  /** Ends OpenRouter's server-tool loop (web search, ...) when any condition is met. */
  stop_server_tools_when?: StopServerToolsCondition[]
  cache_control?: Record<string, unknown>
  debug?: { echo_upstream_body?: boolean }
  trace?: Record<string, unknown>
  /** Deprecated upstream; use `provider.sort.partition`. */
  route?: 'fallback' | 'sort' | (string & {})
  /** Set by the SDK: `chat` sends `false` or nothing, `chatStream` sends `true`. */
  stream?: false
}
