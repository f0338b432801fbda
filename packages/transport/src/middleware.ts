import type { TelemetryMetadata, TransportResponse } from './options.js'

/** A request as middleware sees it. The API key is not in it: it is added after middleware. */
export interface MiddlewareRequest {
  /** 'chat', 'chat.stream', 'messages', 'embeddings', 'audio.speech', ... */
  operation: string
  method: string
  url: string
  headers: Record<string, string>
  /** The JSON body as an object; a middleware may replace it (for example the model). */
  body: unknown
  stream: boolean
  signal?: AbortSignal
  /** 1 for the first call of `next` at this depth, 2 for the second, ... */
  attempt: number
  /** The client's and the call's telemetry fields, for logging and tracing middleware. */
  telemetry?: TelemetryMetadata
}

/** What `next` resolves with: status and headers, plus the body or the unread event stream. */
export type MiddlewareResponse = TransportResponse

export type Next = (request: MiddlewareRequest) => Promise<MiddlewareResponse>

/**
 * Runs around a request. It may change the request, call `next` zero, one or many times
 * (each call runs a fresh downstream), or answer by itself. `next` rejects with
 * `OpenRouterError` for non-2xx answers; for streams it resolves once headers arrive.
 *
 * @example
 * const pinModel: Middleware = (request, next) => next({ ...request, body: { ...(request.body as object), model: 'openai/gpt-4o' } })
 */
export type Middleware = (request: MiddlewareRequest, next: Next) => Promise<MiddlewareResponse>

/** Runs `middleware` outermost first, ending in `terminal`. */
export function runMiddleware(
  middleware: readonly Middleware[],
  request: MiddlewareRequest,
  terminal: Next,
): Promise<MiddlewareResponse> {
  if (middleware.length === 0) return terminal(request)
  // calls[i]: how many times depth i has been entered, which is the attempt it sees.
  const calls = new Array<number>(middleware.length + 1).fill(0)
  const dispatch = (index: number, current: MiddlewareRequest): Promise<MiddlewareResponse> => {
    calls[index] = (calls[index] ?? 0) + 1
    const entered = { ...current, attempt: calls[index] }
    const layer = middleware[index]
    if (layer === undefined) return terminal(entered)
    return layer(entered, (next) => dispatch(index + 1, next))
  }
  return dispatch(0, request)
}
