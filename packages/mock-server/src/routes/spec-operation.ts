import type { Exchange } from '../exchange'
import { isRecord } from '../is-record'
import { bearerToken, isManagementKey } from '../management-key'
import { pagedBody, paginate } from '../paginate'
import { sendError, sendJson, sendText, sendUnauthorized, writeHead } from '../respond'
import { type EmulatedOperation, matchTemplate, type TemplateMatch } from '../spec-operations'
import { handlePresets } from './presets'
import { handleCollection } from './spec-collection'
import { handleWorkspaceBudgets } from './workspace-budgets'

/** The answer OpenRouter's spec gives a management operation called with an ordinary key. */
export const MANAGEMENT_ONLY = 'Only management keys can perform this operation'

/**
 * Answers any operation of OpenRouter's OpenAPI spec that no hand-written route serves: checks
 * the key (none, any, or a management key, as the spec says), enum path parameters and required
 * body fields, then answers from state (collections, workspace budgets, presets) or with the
 * spec's own example (paged where the list pages; the example event when `stream: true`).
 * Returns false when the path is not in the spec.
 */
export function handleSpecOperation(exchange: Exchange): boolean {
  const match = matchTemplate(exchange.recorded.path)
  if (match === undefined) return false
  const operation = match.template.byMethod.get(exchange.recorded.method)
  if (operation === undefined) {
    sendError(exchange, 405, `Method ${exchange.recorded.method} not allowed on ${exchange.recorded.path}`)
    return true
  }
  const authorization = exchange.request.headers.authorization
  if (operation.auth !== 'none' && bearerToken(authorization) === undefined) {
    sendUnauthorized(exchange)
    return true
  }
  if (operation.auth === 'management' && !isManagementKey(authorization)) {
    sendError(exchange, 403, MANAGEMENT_ONLY, 'permission_denied')
    return true
  }
  const invalid = invalidInput(exchange, match, operation)
  if (invalid !== undefined) {
    sendError(exchange, 400, invalid, 'invalid_request')
    return true
  }
  if (!answerFromState(exchange, match, operation)) answerFromSpec(exchange, operation)
  return true
}

function invalidInput(
  exchange: Exchange,
  match: TemplateMatch,
  operation: EmulatedOperation,
): string | undefined {
  for (const [name, allowed] of Object.entries(operation.pathEnums ?? {})) {
    if (!allowed.includes(match.params[name] ?? '')) return `${name} must be one of ${allowed.join(', ')}`
  }
  if (operation.requestRequired === undefined) return undefined
  const body = exchange.body
  if (!isRecord(body)) return 'The request body must be a JSON object'
  const missing = operation.requestRequired.find((field) => !(field in body))
  return missing === undefined ? undefined : `Missing required field: ${missing}`
}

function answerFromState(exchange: Exchange, match: TemplateMatch, operation: EmulatedOperation): boolean {
  const state = exchange.state.spec
  const path = match.template.path
  if (path.startsWith('/presets')) return handlePresets(exchange, match, operation, state)
  if (path.startsWith('/workspaces/{id}/budgets'))
    return handleWorkspaceBudgets(exchange, match, operation, state)
  const collection = state.collection(path)
  return collection !== undefined && handleCollection(exchange, match, operation, collection)
}

function answerFromSpec(exchange: Exchange, operation: EmulatedOperation): void {
  const { body, contentType, pages, status } = operation
  if (operation.streamEvent !== undefined && isRecord(exchange.body) && exchange.body.stream === true) {
    const text = `data: ${JSON.stringify(operation.streamEvent)}\n\ndata: [DONE]\n\n`
    writeHead(exchange, 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    exchange.response.end(text)
    return
  }
  if (contentType === undefined) {
    writeHead(exchange, status, {})
    exchange.response.end()
    return
  }
  if (pages !== undefined && isRecord(body) && Array.isArray(body[pages.items])) {
    const page = paginate(body[pages.items] as unknown[], exchange.recorded.query, pages)
    if ('error' in page) sendError(exchange, 400, page.error, 'invalid_request')
    else sendJson(exchange, status, pagedBody(body, page, pages))
    return
  }
  if (/json/.test(contentType)) sendJson(exchange, status, body)
  else sendText(exchange, status, contentType, typeof body === 'string' ? body : JSON.stringify(body))
}
