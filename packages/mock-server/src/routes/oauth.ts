import { createHash, randomBytes } from 'node:crypto'
import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { sendError, sendJson, sendText, writeHead } from '../respond'

function isAllowedCallback(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** GET /auth (site origin): issues a code, then redirects to `callback_url` or shows it (headless mode). */
export function handleAuthorize(exchange: Exchange): void {
  const { query, headers } = exchange.recorded
  const callback = query.callback_url
  const challenge = query.code_challenge || undefined
  const method = query.code_challenge_method || (challenge ? 'plain' : undefined)
  if (method !== undefined && method !== 'S256' && method !== 'plain') {
    sendError(exchange, 400, 'Invalid code_challenge_method: use S256 or plain')
    return
  }
  if (callback !== undefined && !isAllowedCallback(callback)) {
    sendError(
      exchange,
      400,
      'Invalid callback_url: it must be https, or http://localhost or http://127.0.0.1',
    )
    return
  }
  if (callback === undefined && (challenge === undefined || !query.key_label)) {
    sendError(exchange, 400, 'Headless authorization requires code_challenge and key_label')
    return
  }
  const code = exchange.state.authCodes.issue(
    { challenge, method, createdAt: Date.now(), limit: query.limit, keyLabel: query.key_label },
    exchange.state.authCodeTtlMs,
  )
  if (callback !== undefined) {
    const location = new URL(callback)
    location.searchParams.set('code', code)
    writeHead(exchange, 302, { location: location.href, 'content-length': 0 })
    exchange.response.end()
    return
  }
  if ((headers.accept ?? '').includes('application/json')) {
    sendJson(exchange, 200, { code })
    return
  }
  const page = `<!doctype html><html><head><title>Authorize ${escapeHtml(query.key_label ?? '')}</title></head><body><p>Paste this code into your application:</p><pre id="code">${escapeHtml(code)}</pre></body></html>`
  sendText(exchange, 200, 'text/html; charset=utf-8', page)
}

function verifierMatches(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (method === 'plain') return verifier === challenge
  return createHash('sha256').update(verifier).digest('base64url') === challenge
}

/** POST /api/v1/auth/keys: exchanges a single-use code (and PKCE verifier) for a key. */
export function handleExchangeCode(exchange: Exchange): void {
  const { body, state } = exchange
  if (!isRecord(body) || typeof body.code !== 'string' || body.code === '') {
    sendError(exchange, 400, 'Input required: specify "code"')
    return
  }
  const pending = state.authCodes.get(body.code)
  if (pending === undefined) {
    sendError(exchange, 403, 'Invalid code or code_verifier', 'permission_denied')
    return
  }
  if (Date.now() - pending.createdAt >= state.authCodeTtlMs) {
    state.authCodes.delete(body.code)
    sendError(exchange, 403, 'Authorization code expired', 'permission_denied')
    return
  }
  const method = body.code_challenge_method
  if (method !== undefined && method !== null && method !== pending.method) {
    sendError(exchange, 400, 'Invalid code_challenge_method')
    return
  }
  if (pending.challenge !== undefined && pending.method !== undefined) {
    const verifier = body.code_verifier
    if (typeof verifier !== 'string' || !verifierMatches(verifier, pending.challenge, pending.method)) {
      sendError(exchange, 403, 'Invalid code or code_verifier', 'permission_denied')
      return
    }
  }
  state.authCodes.delete(body.code)
  sendJson(exchange, 200, { key: `sk-or-v1-${randomBytes(32).toString('hex')}`, user_id: 'user_emulator' })
}
