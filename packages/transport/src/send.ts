import { startAttempt } from './attempt.js'
import type { Engine, EngineRequest } from './engine.js'
import { decodeError, type ErrorContext, invalidRequest } from './errors/factories.js'
import { errorFromBody, errorFromResponse } from './errors/map-error.js'
import { isOpenRouterError } from './errors/openrouter-error.js'
import { redactError } from './errors/redact.js'
import type { MiddlewareRequest } from './middleware.js'
import type { RequestSpec, ResponseBody, ResponseKind, Timeouts, TransportResponse } from './options.js'
import { bodyFromReadableStream } from './stream/stream-body.js'
import { sealStreamSource } from './stream/stream-source.js'

const passThrough = (error: unknown) => error

/** What one call of the engine needs besides the request middleware may have changed. */
export interface SendContext {
  engine: Engine
  kind: ResponseKind
  spec: RequestSpec
  apiKey: string | undefined
  timeouts: Required<Omit<Timeouts, 'totalMs'>> & Pick<Timeouts, 'totalMs'>
}

/**
 * The end of the middleware chain: one exchange with the engine, the error mapping of
 * non-2xx answers and of 2xx bodies that carry `error`, and reading the body as asked.
 * Every error leaves with the key and anything shaped like one removed.
 */
export async function send(request: MiddlewareRequest, context: SendContext): Promise<TransportResponse> {
  const { engine, kind, spec, apiKey, timeouts } = context
  if (request.signal?.aborted) throw request.signal.reason
  // A stream or a streamed body outlives this call: only buffered reads get the total timer.
  const buffered = kind === 'json' || kind === 'bytes'
  const attempt = startAttempt(request.signal, buffered ? timeouts.totalMs : undefined)
  let keepAttempt = false
  try {
    const response = await engine.send({
      method: request.method,
      url: request.url,
      ...encodeBody(request.body, withAuthorization(request.headers, apiKey), spec.contentType),
      signal: attempt.signal,
      headersMs: timeouts.headersMs,
      idleMs: timeouts.idleMs,
      stream: kind === 'sse' || kind === 'sse-or-json',
    })
    const { status, headers } = response
    const generationId = headers.get('x-generation-id') ?? undefined
    const where: ErrorContext = { status, headers, generationId }
    if (status < 200 || status > 299)
      throw errorFromResponse(await response.body.text(), { ...where, status })
    const isJson = headers.get('content-type')?.includes('json') === true
    if (!isJson && kind !== 'json') {
      keepAttempt = kind !== 'bytes'
      const body = attempt.bind(response.body)
      if (kind === 'bytes') return { type: 'bytes', status, headers, generationId, data: await body.bytes() }
      if (kind === 'body') return { type: 'body', status, headers, generationId, body: toReadable(body) }
      const redact = (error: unknown) => (isOpenRouterError(error) ? redactError(error, apiKey) : error)
      const source = sealStreamSource({
        ...where,
        status,
        headers,
        body,
        eventIdleMs: timeouts.eventIdleMs,
        redact,
      })
      return { type: 'sse', status, headers, generationId, source }
    }
    const text = await response.body.text()
    const data = parseJson(text, where)
    if (
      spec.rejectErrorBody !== false &&
      typeof data === 'object' &&
      data !== null &&
      'error' in data &&
      data.error
    )
      throw errorFromBody(data, where)
    if (kind === 'json') return { type: 'json', status, headers, generationId, data }
    if (kind === 'sse-or-json') {
      // A model that ignored `stream: true` and answered with one body: a stream of that one event.
      const body = bodyFromReadableStream(readableOf(`data: ${JSON.stringify(data)}\n\ndata: [DONE]\n\n`))
      const source = sealStreamSource({
        ...where,
        status,
        headers,
        body,
        eventIdleMs: Number.POSITIVE_INFINITY,
        redact: passThrough,
      })
      return { type: 'sse', status, headers, generationId, source }
    }
    // A download that is itself JSON (a .json file) is still the file.
    if (kind === 'body') return { type: 'body', status, headers, generationId, body: readableOf(text) }
    throw decodeError(
      `OpenRouter response could not be read: expected ${kind === 'sse' ? 'an event stream' : 'binary data'}, got JSON`,
      text,
      where,
    )
  } catch (error) {
    throw isOpenRouterError(error) ? redactError(error, apiKey) : error
  } finally {
    if (!keepAttempt) attempt.end()
  }
}

function parseJson(text: string, where: ErrorContext): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw decodeError('OpenRouter response could not be read: the body is not valid JSON', text, where, error)
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
    return { body: raw, headers: { 'content-type': type, ...headers } }
  }
  let json: string
  try {
    json = JSON.stringify(body)
  } catch (error) {
    // A BigInt or a cycle in an extra field the loose schemas let through: caught before I/O.
    throw invalidRequest(`request body could not be encoded as JSON: ${(error as Error).message}`, error)
  }
  return { body: json, headers: { 'content-type': 'application/json', ...headers } }
}

/** The key goes on after middleware, so no middleware, log or trace ever sees it. */
function withAuthorization(
  headers: Record<string, string>,
  apiKey: string | undefined,
): Record<string, string> {
  if (apiKey === undefined || 'authorization' in headers || 'Authorization' in headers) return headers
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

function readableOf(text: string): ReadableStream<Uint8Array> {
  return new Blob([text]).stream()
}

/** A web stream over an engine body: read as the consumer pulls, released on cancel. */
function toReadable(body: ResponseBody): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    cancel(reason) {
      body.cancel(reason)
      return chunks.return?.(undefined).then(() => undefined)
    },
  })
}
