/**
 * logging: one structured entry per request: operation, path, model, stream, attempt, status,
 * duration, generation id, the error kind on failure, and the client's and call's `telemetry`
 * fields (a tenant, a request id). Anything shaped like an OpenRouter key or a bearer token is
 * redacted, and headers are never logged.
 * Needs: `@orsdk/transport` only.
 * Usage: `createClient({ middleware: [logging({ log: (entry) => logger.info(entry) })] })`
 * Not for: per-chunk logging of streams (middleware sees a stream's start only), or keeping
 * prompts and outputs (it logs neither).
 *
 * @module
 */
import { isOpenRouterError, type Middleware, redactSecrets } from '@orsdk/transport'

const DEFAULT_EVENT = 'orsdk.request'

/** One log entry. Fields that do not apply are left out. */
export interface LogEntry {
  event: string
  outcome: 'ok' | 'error'
  operation: string
  method: string
  path: string
  model?: string
  stream: boolean
  attempt: number
  status?: number
  durationMs: number
  generationId?: string
  errorKind?: string
  errorMessage?: string
  [field: string]: unknown
}

/** Options of {@link logging}. */
export interface LoggingOptions {
  /** Receives each entry. Default: one JSON line on `console.log` (`console.error` for failures). */
  log?: (entry: LogEntry) => void
  /** The clock for durations, in ms. Default `performance.now`. */
  now?: () => number
}

/**
 * Logs each request once it settles (a stream once its headers arrive), then passes the
 * response or the error through unchanged. Strings are scrubbed of keys before logging.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { logging } from '@orsdk/middleware-kit'
 * const client = createClient({ middleware: [logging()] })
 * // {"event":"orsdk.request","outcome":"ok","operation":"chat","path":"/api/v1/chat/completions","status":200,...}
 */
export function logging(options: LoggingOptions = {}): Middleware {
  const log = checkFunction(options.log, 'log') ?? writeLine
  const now = checkFunction(options.now, 'now') ?? (() => performance.now())

  return async function logging(request, next) {
    const started = now()
    const model = (request.body as { model?: unknown } | undefined)?.model
    const base = {
      ...request.telemetry,
      event: DEFAULT_EVENT,
      operation: request.operation,
      method: request.method,
      path: redactSecrets(new URL(request.url).pathname),
      ...(typeof model === 'string' ? { model } : {}),
      stream: request.stream,
      attempt: request.attempt,
    }
    const elapsed = () => Math.round((now() - started) * 10) / 10
    try {
      const response = await next(request)
      const { status, generationId } = response
      log({
        ...base,
        outcome: 'ok',
        status,
        durationMs: elapsed(),
        ...(generationId ? { generationId } : {}),
      })
      return response
    } catch (error) {
      const known = isOpenRouterError(error)
      log({
        ...base,
        outcome: 'error',
        ...(known && error.status !== undefined ? { status: error.status } : {}),
        durationMs: elapsed(),
        ...(known && error.generationId ? { generationId: error.generationId } : {}),
        errorKind: known ? error.kind : error instanceof Error ? error.name : typeof error,
        errorMessage: redactSecrets(error instanceof Error ? error.message : String(error)),
      })
      throw error
    }
  }
}

function writeLine(entry: LogEntry): void {
  const line = JSON.stringify(entry)
  if (entry.outcome === 'error') console.error(line)
  else console.log(line)
}

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`logging: ${name} must be a function`)
  return value
}
