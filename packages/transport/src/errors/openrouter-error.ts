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
  readonly kind: ErrorKind
  readonly status?: number
  /** OpenRouter's `error.code` (the HTTP status, or a string such as `server_error` in streams). */
  readonly code?: number | string
  /** OpenRouter's typed `metadata.error_type` (`context_length_exceeded`, ...), an open string. */
  readonly errorType?: string
  /** Whether trying the same request again may succeed. */
  readonly retryable: boolean
  /** How long the server asked to wait, from `Retry-After` or `availability.retry_after`. */
  readonly retryAfterMs?: number
  readonly headers?: Headers
  readonly generationId?: string
  /** The decoded upstream error body, when there was one. */
  readonly body?: unknown
  /**
   * What a call produced before it failed: the accumulated completion, message, response or
   * audio of a stream that broke (`finalCompletion()`, `finalMessage()`, ...), or the choices
   * of a buffered answer that failed after generation started. The same field everywhere.
   */
  readonly partial?: unknown

  constructor(message: string, init: OpenRouterErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.kind = init.kind
    this.retryable = init.retryable ?? false
    if (init.status !== undefined) this.status = init.status
    if (init.code !== undefined) this.code = init.code
    if (init.errorType !== undefined) this.errorType = init.errorType
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
    if (init.headers !== undefined) this.headers = init.headers
    if (init.generationId !== undefined) this.generationId = init.generationId
    if (init.body !== undefined) this.body = init.body
    if (init.partial !== undefined) this.partial = init.partial
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
    return new OpenRouterError(message, {
      kind: this.kind,
      status: this.status,
      code: this.code,
      errorType: this.errorType,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      headers: this.headers,
      generationId: this.generationId,
      body: this.body,
      partial: this.partial,
      cause: this.cause,
      ...fields,
    })
  }

  /** A plain object for logs; `headers` become a record and `cause` its message. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      status: this.status,
      code: this.code,
      errorType: this.errorType,
      retryable: this.retryable,
      retryAfterMs: this.retryAfterMs,
      generationId: this.generationId,
      headers: this.headers && Object.fromEntries(this.headers),
      body: this.body,
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
