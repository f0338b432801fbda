// What `POST /responses` answers (spec `OpenResponsesResult`). Typed, never validated: unknown
// fields are kept, enums are open strings.

/** A citation in an output text part. */
export type ResponsesAnnotation =
  | {
      type: 'url_citation'
      url: string
      title: string
      start_index: number
      end_index: number
      content?: string
    }
  | { type: 'file_citation'; file_id: string; filename: string; index: number }
  | { type: 'file_path'; file_id: string; index: number }

/** Log probabilities of one output token. */
export interface ResponsesLogprob {
  token: string
  logprob: number
  bytes?: number[]
  top_logprobs?: Array<{ token: string; logprob: number; bytes?: number[] }>
}

/** Text the model wrote, with its citations. */
export interface OutputTextPart {
  type: 'output_text'
  text: string
  annotations?: ResponsesAnnotation[]
  logprobs?: ResponsesLogprob[]
}

/** A refusal instead of an answer. */
export interface RefusalPart {
  type: 'refusal'
  refusal: string
}

/** The status of an output item. */
export type ItemStatus = 'in_progress' | 'completed' | 'incomplete' | (string & {})

/** An assistant message: text parts (with annotations) or a refusal. */
export interface OutputMessage {
  type: 'message'
  id: string
  role: 'assistant'
  content: Array<OutputTextPart | RefusalPart>
  status?: ItemStatus
  phase?: 'commentary' | 'final_answer' | (string & {}) | null
}

/** A call of one of your functions. `arguments` is JSON text, possibly invalid: parse it with care. */
export interface FunctionCallItem {
  type: 'function_call'
  /** Send your result back in a `function_call_output` item with this `call_id`. */
  call_id: string
  name: string
  arguments: string
  id?: string
  status?: ItemStatus
}

/**
 * The model's reasoning: a readable `summary` when asked for (`reasoning.summary`), the raw
 * `content` where the provider shows it, and `encrypted_content` to send back unchanged on the
 * next turn (`toInputItems` keeps it), so the model continues its reasoning statelessly.
 */
export interface ReasoningItem {
  type: 'reasoning'
  id: string
  summary: Array<{ type: 'summary_text'; text: string }>
  content?: Array<{ type: 'reasoning_text'; text: string }> | null
  encrypted_content?: string | null
  signature?: string | null
  status?: ItemStatus
}

/** A tool that ran on the server (OpenRouter's `openrouter:*` tools, OpenAI's built-ins), as sent. */
export interface ServerToolItem {
  type:
    | `openrouter:${string}`
    | 'web_search_call'
    | 'file_search_call'
    | 'image_generation_call'
    | 'code_interpreter_call'
    | 'custom_tool_call'
    | 'apply_patch_call'
    | 'shell_call'
    | 'shell_call_output'
  id?: string
  status?: ItemStatus
  [field: string]: unknown
}

/**
 * One item of a result's `output`; narrow it on `item.type`. An item of a type newer than this
 * package is kept as sent.
 */
export type ResponsesOutputItem = OutputMessage | FunctionCallItem | ReasoningItem | ServerToolItem

/** Token counts and cost of one response. */
export interface ResponsesUsage {
  input_tokens: number
  output_tokens: number
  total_tokens: number
  input_tokens_details?: { cached_tokens?: number; cache_write_tokens?: number | null }
  output_tokens_details?: { reasoning_tokens?: number }
  /** In credits, equal to USD. */
  cost?: number | null
  /** True when the request ran on your own provider key. */
  is_byok?: boolean
  cost_details?: {
    upstream_inference_cost?: number | null
    upstream_inference_input_cost?: number
    upstream_inference_output_cost?: number
  }
  server_tool_use_details?: {
    web_search_requests?: number | null
    tool_calls_requested?: number | null
    tool_calls_executed?: number | null
  } | null
}

/** Why a response failed (`status: 'failed'`). */
export interface ResponsesError {
  code: 'server_error' | 'rate_limit_exceeded' | 'invalid_prompt' | (string & {})
  message: string
}

/**
 * The whole answer of `responses()` or `finalResponse()`. `output_text` joins the text of every
 * output text part; `generationId` is the `X-Generation-Id` header, for `/generation` lookups.
 */
export interface ResponseResult {
  id: string
  object: 'response'
  created_at: number
  model: string
  status: 'completed' | 'incomplete' | 'in_progress' | 'failed' | 'cancelled' | 'queued' | (string & {})
  output: ResponsesOutputItem[]
  /** The text of every `output_text` part, joined. */
  output_text: string
  usage?: ResponsesUsage | null
  error?: ResponsesError | null
  incomplete_details?: { reason?: 'max_output_tokens' | 'content_filter' | (string & {}) } | null
  completed_at?: number | null
  instructions?: unknown
  tools?: unknown[]
  tool_choice?: unknown
  temperature?: number | null
  top_p?: number | null
  max_output_tokens?: number | null
  metadata?: Record<string, string> | null
  /** The provider that served the response. */
  provider?: string
  /** Routing details, with the `X-OpenRouter-Metadata: enabled` header. */
  openrouter_metadata?: Record<string, unknown> | null
  generationId?: string
}
