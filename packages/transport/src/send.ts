import { startAttempt } from './attempt.js'
import type { Engine } from './engine.js'
import { errorFromBody, errorFromResponse } from './map-error.js'
import type { MiddlewareRequest } from './middleware.js'
import { isOpenRouterError, OpenRouterError } from './openrouter-error.js'
import type { RequestSpec, Timeouts, TransportResponse } from './options.js'
import { redactError } from './redact.js'
import { decodeError } from './transport-errors.js'

/** What one call of the engine needs besides the request middleware may have changed. */
export interface SendContext {
  engine: Engine
  response: RequestSpec['response']
  apiKey: string | undefined
  timeouts: Required<Omit<Timeouts, 'totalMs'>> & Pick<Timeouts, 'totalMs'>
}

/**
 * The end of the middleware chain: one exchange with the engine, the error mapping of
 * non-2xx answers and of 200 bodies that carry `error`, and reading the body as asked.
 */
export async function send(request: MiddlewareRequest, context: SendContext): Promise<TransportResponse> {
  const { engine, response: expect, apiKey, timeouts } = context
  if (request.signal?.aborted) throw request.signal.reason
  const streaming = expect === 'sse' || expect === 'sse-or-json'
  const attempt = startAttempt(request.signal, streaming ? undefined : timeouts.totalMs)
  let keepAttempt = false
  try {
    const response = await engine.send({
      method: request.method,
      url: request.url,
      headers: withAuthorization(request.headers, apiKey),
      body: encodeBody(request.body),
      signal: attempt.signal,
      headersMs: timeouts.headersMs,
      idleMs: timeouts.idleMs,
      stream: streaming,
    })
    const { status, headers } = response
    const generationId = headers.get('x-generation-id') ?? undefined
    if (status < 200 || status > 299) {
      throw errorFromResponse(await response.body.text(), { status, headers, generationId })
    }
    const isJson = headers.get('content-type')?.includes('json') === true
    if (streaming && !isJson) {
      keepAttempt = true
      return {
        type: 'sse',
        status,
        headers,
        generationId,
        body: attempt.bind(response.body),
        eventIdleMs: timeouts.eventIdleMs,
        redact: apiKey === undefined ? undefined : (error: unknown) => redactAny(error, apiKey),
      }
    }
    if (expect === 'bytes' && !isJson) {
      return { type: 'bytes', status, headers, generationId, data: await response.body.bytes() }
    }
    const text = await response.body.text()
    const data = parseJson(text, status)
    if (typeof data === 'object' && data !== null && 'error' in data && data.error) {
      throw errorFromBody(data, { status, headers, generationId })
    }
    if (expect === 'sse') throw decodeError('expected an event stream, got JSON', text, status)
    if (expect === 'bytes') throw decodeError('expected binary data, got JSON', text, status)
    return { type: 'json', status, headers, generationId, data }
  } catch (error) {
    throw redactAny(error, apiKey)
  } finally {
    if (!keepAttempt) attempt.end()
  }
}

const redactAny = (error: unknown, apiKey: string | undefined) =>
  isOpenRouterError(error) ? redactError(error, apiKey) : error

function parseJson(text: string, status: number): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw decodeError('the body is not valid JSON', text, status, error)
  }
}

function encodeBody(body: unknown): string | FormData | Uint8Array<ArrayBuffer> | undefined {
  if (body === undefined) return undefined
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>
  if (typeof FormData !== 'undefined' && body instanceof FormData) return body
  try {
    return JSON.stringify(body)
  } catch (error) {
    // A BigInt or a cycle in an extra field the loose schemas let through: caught before I/O.
    throw new OpenRouterError(`request body could not be encoded as JSON: ${(error as Error).message}`, {
      kind: 'invalid_request',
      cause: error,
    })
  }
}

function withAuthorization(
  headers: Record<string, string>,
  apiKey: string | undefined,
): Record<string, string> {
  if (apiKey === undefined || 'authorization' in headers || 'Authorization' in headers) return headers
  return { ...headers, authorization: `Bearer ${apiKey}` }
}
