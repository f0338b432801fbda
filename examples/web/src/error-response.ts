import { isOpenRouterError } from '@orsdk/transport'

// Failures without an HTTP status (timeouts, network, a bad param caught before any I/O)
// still need one for the browser.
const STATUS_BY_KIND: Record<string, number> = {
  invalid_request: 400,
  auth: 401,
  payment_required: 402,
  rate_limit: 429,
  timeout: 504,
}

/**
 * The JSON error the page reads, in OpenRouter's own envelope, so `ChatStream.fromResponse` in
 * the browser maps it back to an `OpenRouterError` of the same kind, with `retryAfterMs` from
 * `Retry-After`. The SDK's messages never hold the key; stacks stay in the server's log.
 */
export function errorResponse(error: unknown): Response {
  if (!isOpenRouterError(error)) {
    console.error('unexpected failure:', error)
    return refuse(500, 'server', 'Something went wrong on our side')
  }
  const status = error.status !== undefined && error.status >= 400 ? error.status : STATUS_BY_KIND[error.kind]
  return refuse(status ?? 502, error.kind, error.message, error.retryAfterMs)
}

/** An error the app itself decides (not signed in, too long a text), in the same envelope. */
export function refuse(status: number, kind: string, message: string, retryAfterMs?: number): Response {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (retryAfterMs !== undefined) headers.set('retry-after', String(Math.ceil(retryAfterMs / 1000)))
  return new Response(JSON.stringify({ error: { code: status, kind, message } }), { status, headers })
}
