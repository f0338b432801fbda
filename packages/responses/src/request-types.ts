import type { ProviderPreferences } from '@orsdk/transport'
import type { FunctionCallItem, OutputMessage, ReasoningItem } from './response-types.js'

// Everything `POST /responses` accepts (spec `ResponsesRequest`), snake_case as on the wire.
// Open unions (`string & {}`) keep values newer than these types valid.

/** Text in a message. */
export interface InputTextPart {
  type: 'input_text'
  text: string
}

/** An image by URL (`https:` or a `data:` URL) or by the id of an uploaded file. */
export interface InputImagePart {
  type: 'input_image'
  image_url?: string | null
  /** An uploaded file (`@orsdk/files`), instead of `image_url`. */
  file_id?: string | null
  detail?: 'auto' | 'high' | 'low' | 'original' | (string & {})
}

/** A document (a PDF, ...): an uploaded file's id, its bytes as a base64 data URL, or a URL. */
export interface InputFilePart {
  type: 'input_file'
  /** An uploaded file (`@orsdk/files`). */
  file_id?: string | null
  /** `data:application/pdf;base64,...` */
  file_data?: string
  file_url?: string
  filename?: string
}

/** Audio as base64 (no `data:` prefix). */
export interface InputAudioPart {
  type: 'input_audio'
  input_audio: { data: string; format: 'wav' | 'mp3' | (string & {}) }
}

/** A video by URL. */
export interface InputVideoPart {
  type: 'input_video'
  video_url: string
}

/** A part of an input message. */
export type InputContentPart =
  | InputTextPart
  | InputImagePart
  | InputFilePart
  | InputAudioPart
  | InputVideoPart

/** A message of the conversation: the user's, your instructions, or an earlier assistant turn. */
export interface InputMessage {
  type?: 'message'
  role: 'user' | 'system' | 'developer' | 'assistant'
  content: string | InputContentPart[]
}

/** Your answer to a `function_call` of the model, matched by `call_id`. */
export interface FunctionCallOutputItem {
  type: 'function_call_output'
  call_id: string
  /** Usually JSON text; parts for an image or a file result. */
  output: string | Array<InputTextPart | InputImagePart | InputFilePart>
  id?: string | null
  status?: 'in_progress' | 'completed' | 'incomplete' | (string & {}) | null
}

/**
 * One item of `input`: a message, an output item of an earlier result sent back (assistant
 * message, function call, reasoning: `toInputItems(result)` gives them), or your function
 * call output. Items of other types pass through as given.
 */
export type ResponsesInputItem =
  | InputMessage
  | OutputMessage
  | FunctionCallItem
  | FunctionCallOutputItem
  | ReasoningItem
  | { type: string & {}; [field: string]: unknown }

/** A function the model may call. The Responses API lists its fields flat (not under `function`). */
export interface ResponsesFunctionTool {
  type: 'function'
  name: string
  description?: string
  /** A JSON Schema object. */
  parameters?: Record<string, unknown> | null
  strict?: boolean | null
}

/** A tool OpenRouter runs itself (`openrouter:web_search`, `openrouter:datetime`, ...) or an OpenAI built-in (`web_search_preview`, ...). */
export interface ResponsesServerTool {
  type: `openrouter:${string}` | 'web_search_preview' | 'file_search' | 'mcp' | (string & {})
  parameters?: Record<string, unknown>
  [setting: string]: unknown
}

/** A tool the model may use. */
export type ResponsesTool = ResponsesFunctionTool | ResponsesServerTool

/** Whether and which tool the model must call. */
export type ResponsesToolChoice =
  | 'auto'
  | 'none'
  | 'required'
  | { type: 'function'; name: string }
  | { type: 'allowed_tools'; mode: 'auto' | 'required'; tools: Record<string, unknown>[] }
  | { type: string & {}; [field: string]: unknown }

/** The format of the text output: free text, any JSON object, or JSON matching a schema. */
export type ResponsesTextFormat =
  | { type: 'text' }
  | { type: 'json_object' }
  | {
      type: 'json_schema'
      name: string
      /** A JSON Schema object. */
      schema: Record<string, unknown>
      description?: string
      strict?: boolean | null
    }

/** Reasoning ("thinking") settings. */
export interface ResponsesReasoningConfig {
  effort?: 'max' | 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none' | (string & {}) | null
  /** A summary of the reasoning in the output's reasoning items. */
  summary?: 'auto' | 'concise' | 'detailed' | (string & {}) | null
  /** Token budget for reasoning (Anthropic, Gemini). */
  max_tokens?: number | null
  enabled?: boolean | null
}

/** A plugin, discriminated by `id` (web search, file parsing, response healing, ...). */
export interface ResponsesPlugin {
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
  [setting: string]: unknown
}

/**
 * Everything `POST /responses` accepts, snake_case as on the wire. Without `model` the account
 * default is used. OpenRouter's Responses API is stateless: it stores nothing, so
 * `previous_response_id` and `store: true` are rejected before any I/O; send the history in
 * `input` (`toInputItems(result)` gives a result's items). `stream` is set by `responsesStream`.
 * Parameters newer than these types pass through untouched: spread them from a variable.
 */
export interface ResponsesParams {
  /** A prompt, or the conversation as items. */
  input?: string | ResponsesInputItem[]
  /** A system (developer) message put before `input`. */
  instructions?: string | null
  model?: string
  /** Fallback models, tried in order on any error; the result's `model` says which served. */
  models?: string[]
  provider?: ProviderPreferences
  plugins?: ResponsesPlugin[]
  tools?: ResponsesTool[]
  tool_choice?: ResponsesToolChoice
  parallel_tool_calls?: boolean | null
  /** Server-tool steps the model may take (at most 30). */
  max_tool_calls?: number | null
  /** `format` for structured output; `verbosity` for how much the model writes. */
  text?: {
    format?: ResponsesTextFormat
    verbosity?: 'low' | 'medium' | 'high' | 'xhigh' | 'max' | (string & {}) | null
  }
  reasoning?: ResponsesReasoningConfig | null
  /** Output items to include, e.g. `['reasoning.encrypted_content']` for stateless reasoning. */
  include?: Array<'reasoning.encrypted_content' | (string & {})> | null
  /** Caps the output, reasoning included. */
  max_output_tokens?: number
  /** 0 to 2. */
  temperature?: number
  /** 0 to 1. */
  top_p?: number
  top_k?: number
  /** -2 to 2. */
  presence_penalty?: number
  /** -2 to 2. */
  frequency_penalty?: number
  /** 0 to 20 per token. */
  top_logprobs?: number
  /** Groups requests that share a prompt prefix, for the provider's prompt cache. */
  prompt_cache_key?: string | null
  /** Groups requests of one conversation; also the sticky-routing key (at most 256 characters). */
  session_id?: string
  /** A stable id of your end user, for abuse tracking (at most 256 characters). */
  user?: string
  safety_identifier?: string | null
  /** Up to 16 string pairs. */
  metadata?: Record<string, string> | null
  modalities?: Array<'text' | 'image' | (string & {})>
  service_tier?: 'auto' | 'default' | 'fast' | 'flex' | 'priority' | 'scale' | (string & {}) | null
  truncation?: 'auto' | 'disabled' | null
  /** Not supported: OpenRouter stores no response. Rejected before any I/O. */
  previous_response_id?: null
  /** Only `false`: OpenRouter stores no response. `true` is rejected before any I/O. */
  store?: false
  /** Set by the SDK: `responses` sends `false` or nothing, `responsesStream` sends `true`. */
  stream?: false
}
