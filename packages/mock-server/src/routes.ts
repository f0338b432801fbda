import type { Exchange } from './exchange'
import { sendError, sendUnauthorized } from './respond'
import { handleGeneration, handleKey } from './routes/account'
import { handleAudioSpeech } from './routes/audio-speech'
import { handleAudioTranscriptions } from './routes/audio-transcriptions'
import { handleModelEndpoints, handleModels, handleProviders } from './routes/catalog'
import { handleChatCompletions } from './routes/chat-completions'
import { handleEmbeddings } from './routes/embeddings'
import { handleMessages } from './routes/messages'
import { handleAuthorize, handleExchangeCode } from './routes/oauth'
import { handleResponses } from './routes/responses'
import { handleSpecOperation } from './routes/spec-operation'

interface Route {
  method: 'GET' | 'POST'
  pattern: RegExp
  /** Whether the route needs `Authorization: Bearer <key>`. */
  auth: boolean
  handle: (exchange: Exchange, match: RegExpExecArray) => void | Promise<void>
}

const ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/auth$/, auth: false, handle: handleAuthorize },
  { method: 'POST', pattern: /^\/api\/v1\/chat\/completions$/, auth: true, handle: handleChatCompletions },
  { method: 'POST', pattern: /^\/api\/v1\/embeddings$/, auth: true, handle: handleEmbeddings },
  { method: 'POST', pattern: /^\/api\/v1\/audio\/speech$/, auth: true, handle: handleAudioSpeech },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/audio\/transcriptions$/,
    auth: true,
    handle: handleAudioTranscriptions,
  },
  // Checks the key itself, to answer a missing key with Anthropic's error envelope.
  { method: 'POST', pattern: /^\/api\/v1\/messages$/, auth: false, handle: handleMessages },
  { method: 'POST', pattern: /^\/api\/v1\/responses$/, auth: true, handle: handleResponses },
  { method: 'GET', pattern: /^\/api\/v1\/models$/, auth: false, handle: handleModels },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/models\/([^/]+\/[^/]+)\/endpoints$/,
    auth: false,
    handle: (exchange, match) => handleModelEndpoints(exchange, decodeURIComponent(match[1] ?? '')),
  },
  { method: 'GET', pattern: /^\/api\/v1\/providers$/, auth: false, handle: handleProviders },
  { method: 'GET', pattern: /^\/api\/v1\/generation$/, auth: true, handle: handleGeneration },
  { method: 'GET', pattern: /^\/api\/v1\/key$/, auth: true, handle: handleKey },
  { method: 'POST', pattern: /^\/api\/v1\/auth\/keys$/, auth: false, handle: handleExchangeCode },
]

/** Whether a hand-written route answers `method` on `path` (`/api/v1/...`); the rest is the spec's generic layer. */
export function isHandWritten(method: string, path: string): boolean {
  return ROUTES.some((route) => route.method === method && route.pattern.test(path))
}

function hasKey(authorization: string | undefined): boolean {
  return authorization !== undefined && /^Bearer\s+\S/i.test(authorization)
}

/**
 * Finds the route of a request and runs it: 404 for an unknown path, 405 for a wrong method, 401
 * without a key. A path no hand-written route serves goes to the spec's generic operations.
 */
export async function dispatch(exchange: Exchange): Promise<void> {
  const { method, path } = exchange.recorded
  let pathMatched = false
  for (const route of ROUTES) {
    const match = route.pattern.exec(path)
    if (match === null) continue
    pathMatched = true
    if (route.method !== method) continue
    if (route.auth && !hasKey(exchange.request.headers.authorization)) {
      sendUnauthorized(exchange)
      return
    }
    await route.handle(exchange, match)
    return
  }
  if (pathMatched) {
    sendError(exchange, 405, `Method ${method} not allowed on ${path}`, 'invalid_request')
    return
  }
  if (handleSpecOperation(exchange)) return
  sendError(exchange, 404, `Not Found: ${method} ${path}`)
}
