import type { ErrorContext } from './factories.js'
import { type ErrorKind, OpenRouterError } from './openrouter-error.js'
import { parseRetryAfter, secondsToMs } from './parse-retry-after.js'

const kindByStatus: Record<number, ErrorKind> = {
  400: 'invalid_request',
  401: 'auth',
  402: 'payment_required',
  403: 'auth',
  404: 'invalid_request',
  408: 'timeout',
  409: 'invalid_request',
  413: 'invalid_request',
  422: 'invalid_request',
  429: 'rate_limit',
  524: 'timeout',
  529: 'server',
}

/** The statuses worth trying again; the transport README's table is checked against this set. */
export const retryableStatuses: ReadonlySet<number> = new Set([
  408, 409, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529,
])

// OpenRouter's typed `metadata.error_type` (spec `ApiErrorType`), for errors without a status.
const kindByErrorType: Record<string, ErrorKind> = {
  authentication: 'auth',
  permission_denied: 'auth',
  payment_required: 'payment_required',
  rate_limit_exceeded: 'rate_limit',
  provider_overloaded: 'server',
  provider_unavailable: 'server',
  server: 'server',
  unmapped: 'server',
  timeout: 'timeout',
}
const retryableErrorTypes = new Set([
  'rate_limit_exceeded',
  'provider_overloaded',
  'provider_unavailable',
  'server',
  'timeout',
])

// Anthropic's envelope on /messages: `{type:'error', error:{type, message, error_type?}}`.
const kindByAnthropicType: Record<string, ErrorKind> = {
  invalid_request_error: 'invalid_request',
  authentication_error: 'auth',
  permission_error: 'auth',
  not_found_error: 'invalid_request',
  rate_limit_error: 'rate_limit',
  api_error: 'server',
  overloaded_error: 'server',
  billing_error: 'payment_required',
  timeout_error: 'timeout',
}
const retryableAnthropicTypes = new Set([
  'rate_limit_error',
  'api_error',
  'overloaded_error',
  'timeout_error',
])

// The kinds without an HTTP status, as `toReadableStream()` writes them in-band: retryable or not.
const forwardedKinds: Record<string, boolean> = {
  transport: true,
  timeout: true,
  stream_disconnect: true,
  decode: false,
}

// A moderation or guardrail 403 is about the prompt, not the key.
const contentErrorTypes = new Set(['content_policy_violation', 'refusal', 'invalid_prompt'])

type Json = Record<string, unknown>

// Own keys only: an upstream `type` such as "toString" must not find Object.prototype's.
const lookup = <T>(table: Record<string | number, T>, key: string | number): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

/** The kind a bare HTTP status maps to. */
export function kindFromStatus(status: number): ErrorKind {
  return lookup(kindByStatus, status) ?? (status >= 500 ? 'server' : 'invalid_request')
}

/**
 * Builds the error for a non-2xx response from its raw body text: JSON error bodies
 * (OpenRouter's and Anthropic's envelopes), HTML pages from a proxy, and empty bodies.
 *
 * @example
 * const error = errorFromResponse('<html><title>502 Bad Gateway</title></html>', { status: 502 })
 * error.kind // 'server'
 */
export function errorFromResponse(text: string, context: ErrorContext & { status: number }): OpenRouterError {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    try {
      return errorFromBody(JSON.parse(trimmed), context)
    } catch {
      // not JSON after all: described below as text
    }
  }
  const described =
    trimmed === ''
      ? 'no body'
      : /^<(!doctype|html)/i.test(trimmed)
        ? `an HTML page${htmlTitle(trimmed)}, likely from a proxy in front of OpenRouter`
        : `"${truncate(trimmed, 200)}"`
  return new OpenRouterError(`OpenRouter request failed with HTTP ${context.status}: ${described}`, {
    kind: kindFromStatus(context.status),
    status: context.status,
    retryable: retryableStatuses.has(context.status),
    retryAfterMs: parseRetryAfter(context.headers?.get('retry-after')),
    headers: context.headers,
    generationId: context.generationId,
    body: trimmed === '' ? undefined : trimmed,
  })
}

/**
 * Builds the error for a decoded body that carries `error`: an HTTP error body, a 200 body
 * with `error`, or an in-band stream chunk. Reads OpenRouter's envelope (`error: { code,
 * message, metadata }`), Anthropic's (`type: 'error'`), a bare `error: "text"` and a lone
 * top-level `message`. `context.status` is the HTTP status (200 for an in-band error).
 *
 * @example
 * const error = errorFromBody({ error: { code: 429, message: 'Rate limit exceeded' } })
 * error.kind // 'rate_limit'
 */
export function errorFromBody(body: unknown, context: ErrorContext = {}): OpenRouterError {
  const record = isObject(body) ? body : {}
  const envelope = isObject(record.error) ? record.error : {}
  const metadata = isObject(envelope.metadata) ? envelope.metadata : {}
  const availability = isObject(envelope.availability) ? envelope.availability : undefined
  const anthropicType = record.type === 'error' ? asString(envelope.type) : undefined
  const errorType =
    asString(metadata.error_type) ?? asString(envelope.error_type) ?? asString(availability?.code)
  const code =
    typeof envelope.code === 'number' || typeof envelope.code === 'string' ? envelope.code : undefined
  // A 200 body (or an in-band chunk) that carries `error` is described by its code.
  const httpStatus = context.status !== undefined && context.status >= 300 ? context.status : undefined
  const numericStatus = httpStatus ?? (typeof code === 'number' ? code : asNumber(envelope.http_status))

  let kind: ErrorKind
  let retryable: boolean
  const anthropicKind = anthropicType === undefined ? undefined : lookup(kindByAnthropicType, anthropicType)
  const errorTypeKind = errorType === undefined ? undefined : lookup(kindByErrorType, errorType)
  if (anthropicType !== undefined && anthropicKind !== undefined) {
    kind = anthropicKind
    retryable = retryableAnthropicTypes.has(anthropicType)
  } else if (numericStatus !== undefined) {
    kind = kindFromStatus(numericStatus)
    retryable = retryableStatuses.has(numericStatus)
  } else if (errorType !== undefined && errorTypeKind !== undefined) {
    kind = errorTypeKind
    retryable = retryableErrorTypes.has(errorType)
  } else if (typeof code === 'string' && lookup(forwardedKinds, code) !== undefined) {
    // An error a forwarding service wrote in-band with `toReadableStream()` keeps its kind.
    kind = code as ErrorKind
    retryable = lookup(forwardedKinds, code) === true
  } else {
    // In-band errors with a string code ('server_error') are upstream failures.
    kind = 'server'
    retryable = true
  }
  if (kind === 'auth' && errorType !== undefined && contentErrorTypes.has(errorType)) kind = 'invalid_request'
  if (typeof availability?.retryable === 'boolean') retryable = availability.retryable

  const text =
    asString(envelope.message) ??
    asString(record.error) ??
    asString(record.message) ??
    (Object.keys(record).length > 0 ? `the body said ${truncate(JSON.stringify(record), 200)}` : undefined)
  const where =
    httpStatus !== undefined
      ? `HTTP ${httpStatus}`
      : code !== undefined
        ? `in-band error code ${code}`
        : 'an in-band error'
  const retryAfterMs =
    parseRetryAfter(context.headers?.get('retry-after')) ?? secondsToMs(availability?.retry_after)
  return new OpenRouterError(describe(where, text, metadata, errorType, httpStatus), {
    kind,
    status: context.status,
    code,
    errorType: errorType ?? anthropicType,
    retryable,
    retryAfterMs,
    headers: context.headers,
    generationId: context.generationId,
    body,
  })
}

function describe(
  where: string,
  text: string | undefined,
  metadata: Json,
  errorType: string | undefined,
  status: number | undefined,
) {
  let message = text ?? 'no error message'
  // OpenRouter's generic text ("Provider returned error") hides the cause in metadata.raw.
  const provider = asString(metadata.provider_name)
  if (metadata.raw !== undefined && metadata.raw !== null) {
    const raw = typeof metadata.raw === 'string' ? metadata.raw : JSON.stringify(metadata.raw)
    message += ` (${provider ?? 'provider'} said: ${truncate(raw, 500)})`
  } else if (provider) {
    message += ` (provider ${provider})`
  }
  const hint = status === 401 ? '; check the API key (apiKey option or OPENROUTER_API_KEY)' : ''
  return `OpenRouter request failed with ${where}${errorType ? ` ${errorType}` : ''}: ${message}${hint}`
}

function htmlTitle(html: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim()
  return title ? ` ("${truncate(title, 100)}")` : ''
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text)
const asString = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
const asNumber = (value: unknown) => (typeof value === 'number' ? value : undefined)
