import type { Middleware } from './middleware.js'

/**
 * Time limits, each in milliseconds. Every one aborts the request when it fires and
 * rejects with `kind: 'timeout'`. Defaults suit LLM latencies: see `DEFAULT_TIMEOUTS`.
 */
export interface Timeouts {
  /** TCP (+ TLS) connect. Node engine only, and client-level only: connections are pooled. */
  connectMs?: number
  /** From sending the request to receiving the response headers (on fetch: includes connect). */
  headersMs?: number
  /** Between any two body bytes: a dead connection. */
  idleMs?: number
  /** Between two SSE data events: a stalled generation. Keep-alive comments do not reset it. */
  eventIdleMs?: number
  /** The whole buffered call, body included. Unset by default. Per attempt, like the others. */
  totalMs?: number
}

/** The defaults: long enough for slow reasoning models, short enough that nothing hangs. */
export const DEFAULT_TIMEOUTS: Readonly<Required<Omit<Timeouts, 'totalMs'>>> = Object.freeze({
  connectMs: 10_000,
  headersMs: 300_000,
  idleMs: 120_000,
  eventIdleMs: 300_000,
})

/** Options of `createClient`. */
export interface ClientOptions {
  /** Default: `OPENROUTER_API_KEY` from the environment where there is one. */
  apiKey?: string
  /** Default: `OPENROUTER_BASE_URL`, else `https://openrouter.ai/api/v1`. */
  baseURL?: string
  /** Sent with every request, e.g. `{ 'HTTP-Referer': 'https://app.example', 'X-OpenRouter-Title': 'App' }`. */
  headers?: Record<string, string>
  /** Runs around every request, outermost first; per-call middleware runs inside it. */
  middleware?: Middleware[]
  timeout?: Timeouts
  /** Use this `fetch` (forces the fetch engine, on Node too). */
  fetch?: typeof fetch
  /** An undici `Dispatcher` for the Node engine (your own `Agent`, `ProxyAgent`, `MockAgent`...). */
  dispatcher?: unknown
}

/** Options every capability function accepts as its last argument. */
export interface CallOptions {
  /** The client to send through; default `defaultClient()`. */
  client?: Client
  /** Overrides the client's key for this call. */
  apiKey?: string
  /** Aborts the call; it then rejects with `signal.reason` (an `AbortError` by default). */
  signal?: AbortSignal
  /** Overrides the client's timeouts for this call. */
  timeout?: Timeouts
  /** Extra headers for this call. */
  headers?: Record<string, string>
  /** Runs inside the client's middleware, for this call only. */
  middleware?: Middleware[]
}

/** A configured connection to OpenRouter. Capability functions take it as `options.client`. */
export interface Client {
  readonly baseURL: string
  /** The transport pipeline, for capability packages; apps call `chat`, `embeddings`, ... */
  request(spec: RequestSpec & { response: 'json' }, options?: CallOptions): Promise<JsonResponse>
  request(spec: RequestSpec & { response: 'bytes' }, options?: CallOptions): Promise<BytesResponse>
  request(spec: RequestSpec & { response: 'sse' }, options?: CallOptions): Promise<SseResponse>
  request(
    spec: RequestSpec & { response: 'sse-or-json' },
    options?: CallOptions,
  ): Promise<SseResponse | JsonResponse>
  request(spec: RequestSpec, options?: CallOptions): Promise<TransportResponse>
  /** Closes idle pooled connections; later calls open new ones. */
  close(): Promise<void>
}

/** What a capability package asks the transport to send. */
export interface RequestSpec {
  /** Names the call in middleware and telemetry: 'chat', 'chat.stream', 'embeddings', ... */
  operation: string
  method: 'GET' | 'POST'
  /** Path under the base URL, e.g. '/chat/completions'. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  /** A JSON value, or `FormData` for multipart. */
  body?: unknown
  /**
   * How to read a 2xx response. `sse-or-json` is a stream request that also accepts a
   * buffered JSON answer (a model that ignores `stream: true`), resolving with `type: 'json'`.
   */
  response: 'json' | 'bytes' | 'sse' | 'sse-or-json'
  /**
   * `required` (default): reject before any I/O when there is no key. `optional`: send
   * the key when there is one (`/models`). `none`: never send it (the OAuth code exchange).
   */
  auth?: 'required' | 'optional' | 'none'
}

interface ResponseStart {
  status: number
  headers: Headers
  /** `X-Generation-Id`, for `/generation` lookups and support. */
  generationId?: string
}
/** A buffered JSON response, already checked for an in-body `error`. */
export interface JsonResponse extends ResponseStart {
  type: 'json'
  data: unknown
}
/** A binary response (audio). */
export interface BytesResponse extends ResponseStart {
  type: 'bytes'
  data: Uint8Array
}
/** The start of an SSE response: the body has not been read yet. */
export interface SseResponse extends ResponseStart {
  type: 'sse'
  body: ResponseBody
  /** The effective `eventIdleMs` for this call. */
  eventIdleMs: number
  /** Removes the call's key from an error raised later in the stream (an echoing upstream). */
  redact?: (error: unknown) => unknown
}
export type TransportResponse = JsonResponse | BytesResponse | SseResponse

/** A response body as the engines deliver it. Iterate once, or read it whole. */
export interface ResponseBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>
  bytes(): Promise<Uint8Array>
  /** Releases the connection without reading the rest. Safe to call twice. */
  cancel(reason?: unknown): void
}
