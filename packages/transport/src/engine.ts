import type { ResponseBody } from './options.js'

/** One HTTP exchange as the pipeline hands it to an engine. */
export interface EngineRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string | FormData | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>
  /** Aborted with the reason the call must reject with (a user's abort, or our timeout). */
  signal?: AbortSignal
  headersMs: number
  idleMs: number
  /** Reading the body as a stream: a cut body is `stream_disconnect`, not `transport`. */
  stream: boolean
}

/** Status, headers and the unread body. */
export interface EngineResponse {
  status: number
  headers: Headers
  body: ResponseBody
}

/**
 * Sends requests: `engine.node.ts` (undici) or `engine.fetch.ts` (global fetch).
 * Rejects with `OpenRouterError`, or with `signal.reason` once the signal is aborted.
 */
export interface Engine {
  send(request: EngineRequest): Promise<EngineResponse>
  close(): Promise<void>
}
