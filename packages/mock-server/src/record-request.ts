import type { IncomingMessage } from 'node:http'
import { isRecord } from './is-record'
import { multipartBoundary, parseMultipart } from './multipart'

/**
 * One request as the emulator received it, with credentials redacted.
 *
 * @example
 * ```ts
 * const [first] = server.requests
 * expect(first?.headers.authorization).toBe('Bearer [redacted]')
 * ```
 */
export interface RecordedRequest {
  method: string
  /** The path without query, e.g. '/api/v1/chat/completions'. */
  path: string
  query: Record<string, string>
  /** Lower-case names; authorization becomes 'Bearer [redacted]', x-api-key '[redacted]'. */
  headers: Record<string, string>
  /** Parsed JSON when JSON, otherwise the raw text; `{fields, files}` for multipart; undefined when empty. */
  body: unknown
}

/** A request read in full: the redacted record, and the unredacted parsed body the routes work on. */
export interface IncomingRequest {
  recorded: RecordedRequest
  body: unknown
}

const REDACTED = '[redacted]'
const CODE_EXCHANGE_PATH = '/api/v1/auth/keys'

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const part of request) parts.push(part as Buffer)
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts)
}

function parseBody(raw: Buffer, contentType: string): unknown {
  if (raw.length === 0) return undefined
  const boundary = multipartBoundary(contentType)
  if (boundary !== undefined) return parseMultipart(raw, boundary)
  const text = raw.toString('utf8')
  // fetch sends a string body as text/plain, so JSON-looking text is parsed too, as OpenRouter does.
  if (/json/i.test(contentType) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

function recordHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  if (headers.authorization !== undefined) headers.authorization = `Bearer ${REDACTED}`
  if (headers['x-api-key'] !== undefined) headers['x-api-key'] = REDACTED
  return headers
}

/**
 * Reads a request body in full and builds its redacted record (the OAuth `code` is a credential
 * too). A request `streamsBody` says its route reads as it arrives (an upload) is left unread:
 * its record's body is filled in by that route.
 */
export async function readRequest(
  request: IncomingMessage,
  streamsBody: (method: string, path: string) => boolean = () => false,
): Promise<IncomingRequest> {
  const url = new URL(request.url ?? '/', 'http://emulator.invalid')
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
  const streamed = streamsBody(request.method ?? 'GET', path)
  const body = streamed
    ? undefined
    : parseBody(await readBody(request), request.headers['content-type'] ?? '')
  const recordedBody =
    path === CODE_EXCHANGE_PATH && isRecord(body) && body.code !== undefined
      ? { ...body, code: REDACTED }
      : body
  const recorded: RecordedRequest = {
    method: request.method ?? 'GET',
    path,
    query: Object.fromEntries(url.searchParams),
    headers: recordHeaders(request),
    body: recordedBody,
  }
  return { recorded, body }
}
