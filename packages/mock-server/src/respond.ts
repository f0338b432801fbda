import type { OutgoingHttpHeaders } from 'node:http'
import { buildErrorBody } from './errors'
import type { Exchange } from './exchange'
import { isRecord } from './is-record'

/** Writes status and headers, applying the scenario's status (on success), content type, Retry-After and extra headers. */
export function writeHead(exchange: Exchange, status: number, headers: OutgoingHttpHeaders): void {
  const { scenario, response } = exchange
  const merged: OutgoingHttpHeaders = { ...headers }
  if (scenario.contentType !== undefined) merged['content-type'] = scenario.contentType
  if (scenario.retryAfter !== undefined) merged['retry-after'] = String(scenario.retryAfter)
  for (const [name, value] of Object.entries(scenario.headers ?? {})) merged[name.toLowerCase()] = value
  const finalStatus = status < 400 && scenario.status !== undefined ? scenario.status : status
  response.writeHead(finalStatus, merged)
}

/** Sends a complete text body with content-length. */
export function sendText(exchange: Exchange, status: number, contentType: string, text: string): void {
  writeHead(exchange, status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) })
  exchange.response.end(text)
}

/** Sends a JSON body (`serialized` skips stringify when the caller cached it). */
export function sendJson(exchange: Exchange, status: number, body: unknown, serialized?: string): void {
  sendText(exchange, status, 'application/json', serialized ?? JSON.stringify(body))
}

/** Sends an OpenRouter error body. */
export function sendError(exchange: Exchange, status: number, message?: string, errorType?: string): void {
  sendJson(exchange, status, buildErrorBody(status, message, errorType))
}

/** Sends the 401 OpenRouter gives to a request without a key, byte for byte. */
export function sendUnauthorized(exchange: Exchange): void {
  sendJson(exchange, 401, { error: { code: 401, message: 'No cookie auth credentials found' } })
}

/**
 * The JSON body of a call that names a model, or `undefined` once the 400 the real API gives to a
 * body that is not an object, or has no `model`, is sent.
 */
export function modelRequestBody(
  exchange: Exchange,
): (Record<string, unknown> & { model: string }) | undefined {
  const { body } = exchange
  if (!isRecord(body)) return void sendError(exchange, 400, 'Invalid JSON body: expected an object')
  if (typeof body.model !== 'string' || body.model === '')
    return void sendError(exchange, 400, 'Input required: specify "model"')
  return body as Record<string, unknown> & { model: string }
}
