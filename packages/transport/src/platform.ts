import type { Engine } from './engine.js'
import type { ClientOptions } from './options.js'

/** What one request publishes to telemetry; never the key, the headers or the body. */
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
}

/** What differs between the Node entry and every other one. */
export interface Platform {
  createEngine(options: ClientOptions, connectMs: number): Engine
  /** Runs one engine exchange inside telemetry, or just runs it. */
  trace<T extends { status: number }>(context: TelemetryContext, run: () => Promise<T>): Promise<T>
}
