import type { Engine } from './engine.js'
import type { invalidRequest, networkError, timeoutError } from './errors/factories.js'
import type { isOpenRouterError } from './errors/openrouter-error.js'
import type { ClientOptions } from './options.js'

/**
 * What one request publishes to telemetry: these fields, plus the client's and the call's
 * `telemetry` fields (which cannot replace these). Never the key, the headers or the body.
 */
export interface TelemetryContext {
  operation: string
  method: string
  path: string
  model?: string
  stream: boolean
  attempt: number
  status?: number
  durationMs?: number
  errorKind?: string
  [field: string]: string | number | boolean | undefined
}

/** A file on disk, ready to be sent: its size now, and its bytes as a stream opened on first read. */
export interface OpenedFile {
  data: ReadableStream<Uint8Array>
  filename: string
  size: number
}

/** What differs between Node and every other runtime; the package's `#platform` import picks one. */
export interface Platform {
  createEngine(options: ClientOptions, connectMs: number): Engine
  /**
   * Runs one engine exchange inside telemetry, or just runs it. The context is built only when
   * something will read it (a subscriber on Node), not on every attempt.
   */
  trace<T extends { status: number }>(context: () => TelemetryContext, run: () => Promise<T>): Promise<T>
  /** How the SDK names itself on every request. */
  agentHeaders: Readonly<Record<string, string>>
  /** Opens a file by path for an upload (Node, Bun, Deno); elsewhere there is no file system. */
  openFile(path: string, field: string): Promise<OpenedFile>
}

/**
 * The core's pieces a platform builds on, handed to `createPlatform` rather than imported. A
 * platform file then imports nothing of the core, so the build keeps the core in one chunk the two
 * entries share: a cold import on Node loads three files, not eight, which is most of its time
 * (`pnpm bench:import`). It also keeps one `OpenRouterError` class whichever file throws.
 */
export interface PlatformCore {
  createFetchEngine(fetchImpl?: typeof fetch): Engine
  invalidRequest: typeof invalidRequest
  networkError: typeof networkError
  timeoutError: typeof timeoutError
  isOpenRouterError: typeof isOpenRouterError
  /** The `diagnostics_channel` name requests are traced on (`REQUEST_CHANNEL`). */
  requestChannel: string
  /** This package's version, for the agent header. */
  version: string
}
