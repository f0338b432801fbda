/**
 * The answer of `POST /messages` (spec `MessagesResult`). Typed, never validated: unknown
 * fields are kept and enums are open strings, so upstream additions never break a call.
 */

/** A passage the model cited from a document or a search result. */
export interface Citation {
  type:
    | 'char_location'
    | 'page_location'
    | 'content_block_location'
    | 'web_search_result_location'
    | (string & {})
  cited_text?: string
  [field: string]: unknown
}

export interface TextBlock {
  type: 'text'
  text: string
  citations?: Citation[] | null
}

/** A tool call: `input` is the parsed JSON arguments. */
export interface ToolUseBlock {
  type: 'tool_use'
  id: string
  name: string
  input: Record<string, unknown>
  /**
   * Set by `finalMessage()` only when the streamed input was cut short (`stop_reason:
   * 'max_tokens'`): the JSON text as it arrived; `input` then holds what its complete prefix
   * parses to. Check it before running the tool.
   */
  partial_json?: string
}

/** The model's reasoning; send it back unchanged, signature included, when continuing a tool loop. */
export interface ThinkingBlock {
  type: 'thinking'
  thinking: string
  signature: string
}

/** Reasoning the provider encrypted; pass `data` back as is. */
export interface RedactedThinkingBlock {
  type: 'redacted_thinking'
  data: string
}

/** A server tool call (web search, code execution) that the provider ran itself. */
export interface ServerToolUseBlock {
  type: 'server_tool_use'
  id: string
  name: string
  input: Record<string, unknown>
  /** As on `ToolUseBlock`: the streamed input text, when it was cut short. */
  partial_json?: string
}

/** The results of a server web search. */
export interface WebSearchToolResultBlock {
  type: 'web_search_tool_result'
  tool_use_id: string
  content: unknown
}

/**
 * One block of an answer. The union is closed so `block.type === 'text'` narrows; a block
 * type newer than this package is still kept, as sent, at run time.
 */
export type ContentBlock =
  | TextBlock
  | ToolUseBlock
  | ThinkingBlock
  | RedactedThinkingBlock
  | ServerToolUseBlock
  | WebSearchToolResultBlock

/** Token counts; `cache_*` show prompt caching at work. In a stream, later values overwrite earlier ones. */
export interface MessagesUsage {
  input_tokens: number | null
  output_tokens: number
  cache_creation_input_tokens?: number | null
  cache_read_input_tokens?: number | null
  service_tier?: string | null
  [field: string]: unknown
}

/** What `messages()` resolves with, and what `finalMessage()` assembles from a stream. */
export interface Message {
  /** `msg_…` or, on OpenRouter, often `gen-…`. */
  id: string
  type: 'message'
  role: 'assistant'
  model: string
  content: ContentBlock[]
  stop_reason:
    | 'end_turn'
    | 'max_tokens'
    | 'stop_sequence'
    | 'tool_use'
    | 'pause_turn'
    | 'refusal'
    | (string & {})
    | null
  stop_sequence: string | null
  usage: MessagesUsage
  /** OpenRouter: the provider that served the call. */
  provider?: string
  /** `X-Generation-Id` of the response, for `GET /generation`. Added by this package. */
  generationId?: string
  [field: string]: unknown
}
