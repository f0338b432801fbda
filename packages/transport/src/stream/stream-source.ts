import type { ResponseBody } from '../options.js'
import { bodyFromReadableStream, bodyFromResponse } from './stream-body.js'

declare const sourceBrand: unique symbol

/**
 * The start of a stream as the transport hands it over: status, headers and generation id,
 * with the unread body already bound to the call's stall timer (`eventIdleMs`), cancellation
 * and key redaction. Only the transport makes one (`requestStream`), or `EventStream`'s
 * `fromResponse` / `fromReadableStream` for a forwarded stream: a capability cannot build a
 * stream that has lost its timer or its redaction.
 */
export interface StreamSource {
  readonly status: number
  readonly headers: Headers
  readonly generationId?: string
  readonly [sourceBrand]: true
}

/** What a `StreamSource` holds besides its start; read by `EventStream` only. */
export interface StreamSourceParts {
  status: number
  headers: Headers
  generationId?: string
  body: ResponseBody
  /** Bound between two data events; Infinity for none. */
  eventIdleMs: number
  /** Applied to every error the stream throws (removes the call's key). */
  redact: (error: unknown) => unknown
}

/** The `redact` of a source with no key to remove. */
export const passThrough = (error: unknown) => error

/** Seals the parts into a source; the transport's one way to make one. */
export function sealStreamSource(parts: StreamSourceParts): StreamSource {
  return parts as StreamSourceParts & StreamSource
}

/** The parts of a source, for `EventStream`. */
export function openStreamSource(source: StreamSource): StreamSourceParts {
  return source as StreamSource & StreamSourceParts
}

/** A source over SSE bytes forwarded by `toReadableStream()`: no stall timer, nothing to redact. */
export function sourceFromReadableStream(readable: ReadableStream<Uint8Array>): StreamSource {
  return sealStreamSource({
    status: 200,
    headers: new Headers(),
    body: bodyFromReadableStream(readable),
    eventIdleMs: Number.POSITIVE_INFINITY,
    redact: passThrough,
  })
}

/** A source over a `fetch` response from a service that forwards a stream; non-2xx rejects the first read. */
export function sourceFromResponse(response: Response): StreamSource {
  const generationId = response.headers.get('x-generation-id') ?? undefined
  return sealStreamSource({
    status: response.status,
    headers: response.headers,
    ...(generationId === undefined ? {} : { generationId }),
    body: bodyFromResponse(response),
    eventIdleMs: Number.POSITIVE_INFINITY,
    redact: passThrough,
  })
}
