/** What went wrong, coarse enough to switch on. See the README's mapping table. */
export type ErrorKind =
  | 'transport'
  | 'timeout'
  | 'auth'
  | 'rate_limit'
  | 'payment_required'
  | 'invalid_request'
  | 'server'
  | 'stream_disconnect'
  | 'decode'

/** Everything an `OpenRouterError` can carry besides its message. */
export interface OpenRouterErrorInit {
  kind: ErrorKind
  status?: number
  code?: number | string
  errorType?: string
  retryable?: boolean
  retryAfterMs?: number
  headers?: Headers
  generationId?: string
  body?: unknown
  partial?: unknown
  cause?: unknown
}

/** What `error.with(...)` may change: any field, and the message. */
export type OpenRouterErrorChanges = Partial<OpenRouterErrorInit> & { message?: string }

// Symbol.for: the brand survives duplicate copies of this package in one process
// (ESM and CJS builds, two versions in node_modules), as undici's errors do.
const brand = Symbol.for('orsdk.OpenRouterError')

/**
 * The one error every orsdk call rejects with (a user's own abort excepted, which
 * passes through as the platform's `AbortError`). Match on `kind`, not on `message`.
 *
 * @example
 * try { await chat(params) } catch (error) {
 *   if (isOpenRouterError(error) && error.kind === 'rate_limit') await sleep(error.retryAfterMs ?? 1000)
 * }
 */
export class OpenRouterError extends Error {
  override readonly name = 'OpenRouterError'
  declare readonly kind: ErrorKind
  declare readonly status?: number
  /** OpenRouter's `error.code` (the HTTP status, or a string such as `server_error` in streams). */
  declare readonly code?: number | string
  /** OpenRouter's typed `metadata.error_type` (`context_length_exceeded`, ...), an open string. */
  declare readonly errorType?: string
  /** Whether trying the same request again may succeed. */
  declare readonly retryable: boolean
  /** How long the server asked to wait, from `Retry-After` or `availability.retry_after`. */
  declare readonly retryAfterMs?: number
  declare readonly headers?: Headers
  declare readonly generationId?: string
  /** The decoded upstream error body, when there was one. */
  declare readonly body?: unknown
  /**
   * What a call produced before it failed: the accumulated completion, message, response or
   * audio of a stream that broke (`finalCompletion()`, `finalMessage()`, ...), or the choices
   * of a buffered answer that failed after generation started. The same field everywhere.
   */
  declare readonly partial?: unknown

  constructor(message: string, init: OpenRouterErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    const { cause: _cause, ...fields } = init
    // Only the fields that are set become properties: an error prints what it knows.
    for (const [name, value] of Object.entries(fields))
      if (value !== undefined) Object.defineProperty(this, name, { value, enumerable: true })
    if (init.retryable === undefined)
      Object.defineProperty(this, 'retryable', { value: false, enumerable: true })
  }

  get [brand](): true {
    return true
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isOpenRouterError(value)
  }

  /**
   * A copy of this error with some fields changed (a field set to `undefined` is removed).
   * Errors are immutable; this is how a layer adds what it knows (the partial result, the
   * stream's status) without losing the rest.
   *
   * @example
   * throw error.with({ partial: accumulator.result() })
   */
  with(changes: OpenRouterErrorChanges): OpenRouterError {
    const { message = this.message, ...fields } = changes
    return new OpenRouterError(message, { ...this, cause: this.cause, ...fields })
  }

  /** A plain object for logs: every field but `partial`; `headers` become a record and `cause` its message. */
  toJSON(): Record<string, unknown> {
    const { partial: _partial, headers, ...fields } = this
    return {
      ...fields,
      message: this.message,
      headers: headers && Object.fromEntries(headers),
      cause: this.cause instanceof Error ? this.cause.message : this.cause,
    }
  }
}

/**
 * True for an `OpenRouterError` from any copy of this package (a brand check, so it
 * also works when two versions are installed side by side).
 *
 * @example
 * try { await chat(params) } catch (error) { if (isOpenRouterError(error)) console.log(error.kind, error.status) }
 */
export function isOpenRouterError(value: unknown): value is OpenRouterError {
  return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true
}
