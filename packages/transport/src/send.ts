import { startAttempt } from './attempt.js'
import type { Engine, EngineRequest } from './engine.js'
import { invalidRequest } from './errors/factories.js'
import { errorFromResponse } from './errors/map-error.js'
import { redactThrown } from './errors/redact.js'
import type { MiddlewareRequest } from './middleware.js'
import type { RequestSpec, Timeouts, TransportResponse } from './options.js'
import type { ResponseReader } from './read-response.js'

/** What one call of the engine needs besides the request middleware may have changed. */
export interface SendContext {
  engine: Engine
  reader: ResponseReader
  spec: RequestSpec
  apiKey: string | undefined
  timeouts: Required<Omit<Timeouts, 'totalMs'>> & Pick<Timeouts, 'totalMs'>
}

/**
 * The end of the middleware chain: one exchange with the engine, the error mapping of non-2xx
 * answers, and the request's reader for the rest (which maps 2xx bodies that carry `error`).
 * Every error leaves with the key and anything shaped like one removed.
 */
export async function send(request: MiddlewareRequest, context: SendContext): Promise<TransportResponse> {
  const { engine, reader, spec, apiKey, timeouts } = context
  if (request.signal?.aborted) throw request.signal.reason
  // A stream or a streamed body outlives this call: only buffered reads get the total timer.
  const attempt = startAttempt(request.signal, reader.buffered ? timeouts.totalMs : undefined)
  let keepAttempt = false
  try {
    const response = await engine.send({
      method: request.method,
      url: request.url,
      ...encodeBody(request.body, withAuthorization(request.headers, apiKey), spec.contentType),
      signal: attempt.signal,
      headersMs: timeouts.headersMs,
      idleMs: timeouts.idleMs,
      stream: reader.stream,
    })
    const { status, headers } = response
    const where = { status, headers, generationId: headers.get('x-generation-id') ?? undefined }
    if (status < 200 || status > 299) throw errorFromResponse(await response.body.text(), where)
    const read = await reader.read({ response, where, spec, attempt, apiKey, timeouts })
    keepAttempt = read.keep === true
    return read.response
  } catch (error) {
    throw redactThrown(error, apiKey)
  } finally {
    if (!keepAttempt) attempt.end()
  }
}

/** The body and content type the engine sends; a JSON body is encoded here, once. */
function encodeBody(
  body: unknown,
  headers: Record<string, string>,
  contentType: string | undefined,
): Pick<EngineRequest, 'body' | 'headers'> {
  if (body === undefined) return { headers }
  if (typeof FormData !== 'undefined' && body instanceof FormData) return { body, headers }
  const raw = rawBody(body)
  if (raw !== undefined) {
    const type =
      contentType ?? (body instanceof Blob && body.type !== '' ? body.type : 'application/octet-stream')
    return { body: raw, headers: withDefaultHeader(headers, 'content-type', type) }
  }
  let json: string
  try {
    json = JSON.stringify(body)
  } catch (error) {
    // A BigInt or a cycle in an extra field the loose schemas let through: caught before I/O.
    throw invalidRequest(`request body could not be encoded as JSON: ${(error as Error).message}`, error)
  }
  return { body: json, headers: withDefaultHeader(headers, 'content-type', 'application/json') }
}

/** Header names are case-insensitive: a caller's `Content-Type` replaces ours, not joins it. */
function hasHeader(headers: Record<string, string>, name: string): boolean {
  for (const key in headers) if (key.toLowerCase() === name) return true
  return false
}

function withDefaultHeader(headers: Record<string, string>, name: string, value: string) {
  return hasHeader(headers, name) ? headers : { [name]: value, ...headers }
}

/** The key goes on after middleware, so no middleware, log or trace ever sees it. */
function withAuthorization(
  headers: Record<string, string>,
  apiKey: string | undefined,
): Record<string, string> {
  if (apiKey === undefined || hasHeader(headers, 'authorization')) return headers
  return { ...headers, authorization: `Bearer ${apiKey}` }
}

/** A body sent as it is: text, bytes, a Blob's bytes or a stream of them. */
function rawBody(body: unknown): EngineRequest['body'] | undefined {
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.stream()
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return body
  return undefined
}
