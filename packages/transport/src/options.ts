import type { Middleware } from './middleware.js'
import type { StreamSource } from './stream/stream-source.js'

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

/** Fields added to every telemetry payload (and the logging and tracing recipes) of a client or a call. */
export type TelemetryMetadata = Record<string, string | number | boolean>

/** How OpenRouter ranks and names your app: sent as `HTTP-Referer` and `X-Title`. */
export interface AppAttribution {
  /** Your app's name, shown in OpenRouter's rankings (`X-Title`). */
  name?: string
  /** Your app's site (`HTTP-Referer`). */
  url?: string
}

/** Options of `createClient`. */
export interface ClientOptions {
  /** Default: `OPENROUTER_API_KEY` from the environment where there is one. */
  apiKey?: string
  /** Default: `OPENROUTER_BASE_URL`, else `https://openrouter.ai/api/v1`. */
  baseURL?: string
  /** Sent with every request; they win over the headers `app` sets. */
  headers?: Record<string, string>
  /** Your app, for OpenRouter's rankings: `{ name: 'My app', url: 'https://app.example' }`. */
  app?: AppAttribution
  /** Runs around every request, outermost first; per-call middleware runs inside it. */
  middleware?: Middleware[]
  timeout?: Timeouts
  /** Added to every telemetry payload of this client (a tenant, a deployment); never a secret. */
  telemetry?: TelemetryMetadata
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
  /** Overrides the client's base URL for this call (a regional or proxy endpoint). */
  baseURL?: string
  /** Aborts the call; it then rejects with `signal.reason` (an `AbortError` by default). */
  signal?: AbortSignal
  /** Overrides the client's timeouts for this call. */
  timeout?: Timeouts
  /** Extra headers for this call. */
  headers?: Record<string, string>
  /**
   * Middleware for this call. An array runs inside the client's middleware; a function gets the
   * client's list and returns the list to run instead (`() => []` runs none of them).
   */
  middleware?: Middleware[] | ((clientMiddleware: readonly Middleware[]) => Middleware[])
  /** Added to this call's telemetry payloads, over the client's fields. */
  telemetry?: TelemetryMetadata
}

/**
 * A configured connection to OpenRouter. Capability functions take it as `options.client`;
 * `close()` releases its idle connections (later calls open new ones).
 */
export interface Client {
  readonly baseURL: string
  close(): Promise<void>
}

/** What a capability package asks the transport to send. */
export interface RequestSpec {
  /** Names the call in middleware and telemetry: 'chat', 'chat.stream', 'embeddings', ... */
  operation: string
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Path under the base URL, e.g. '/chat/completions'. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  /**
   * A JSON value; or, sent as is, `FormData` (multipart), a string, bytes, a `Blob` or a
   * `ReadableStream` of bytes (an upload that is never buffered whole).
   */
  body?: unknown
  /** The body's content type when it is bytes, a `Blob` or a stream; JSON and forms set their own. */
  contentType?: string
  /**
   * `required` (default): reject before any I/O when there is no key. `optional`: send
   * the key when there is one (`/models`). `none`: never send it (the OAuth code exchange).
   */
  auth?: 'required' | 'optional' | 'none'
  /**
   * Whether a 2xx JSON body that carries `error` rejects (default true: OpenRouter reports some
   * failures that way). False where `error` is data, such as a failed video job; on a download
   * (`requestBody`) false also streams a JSON body as it is, unparsed (a stored `.json` file).
   */
  rejectErrorBody?: boolean
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
/** A binary response, read whole (audio). */
export interface BytesResponse extends ResponseStart {
  type: 'bytes'
  data: Uint8Array
}
/** A binary response as it arrives (a video, a file): read it once, or cancel it. */
export interface BodyResponse extends ResponseStart {
  type: 'body'
  body: ReadableStream<Uint8Array>
}
/** The start of an SSE response: the body, bound to its timers and redaction, is unread. */
export interface SseResponse extends ResponseStart {
  type: 'sse'
  source: StreamSource
}
/** What `next` resolves with in middleware: status and headers, plus the body or the unread stream. */
export type TransportResponse = JsonResponse | BytesResponse | BodyResponse | SseResponse

/** A response body as the engines deliver it. Iterate once, or read it whole. */
export interface ResponseBody extends AsyncIterable<Uint8Array> {
  text(): Promise<string>
  bytes(): Promise<Uint8Array>
  /** Releases the connection without reading the rest. Safe to call twice. */
  cancel(reason?: unknown): void
}
