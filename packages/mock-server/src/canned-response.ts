import { buildAnthropicErrorBody } from './anthropic-errors'
import { buildErrorBody } from './errors'
import type { Exchange } from './exchange'
import { writeHead } from './respond'
import { SSE_HEADERS } from './scripted-stream'
import { createChunkWriter } from './sse-writer'
import { sleep } from './timing'

function rateLimitHeaders(status: number): Record<string, string> {
  // OpenRouter's own 429s carry these; successful responses never do.
  if (status !== 429) return {}
  return {
    'x-ratelimit-limit': '20',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() + 60_000),
  }
}

async function sendPieces(exchange: Exchange, status: number, contentType: string, pieces: string[]) {
  const { scenario, signal, response } = exchange
  writeHead(exchange, status, { ...SSE_HEADERS, ...rateLimitHeaders(status), 'content-type': contentType })
  const writer = createChunkWriter(response, signal, scenario.splitBytes)
  const delay = scenario.chunkDelayMs ?? 0
  for (const [index, piece] of pieces.entries()) {
    if (index > 0 && delay > 0 && !(await sleep(delay, signal))) return
    if (!(await writer.write(piece))) return
  }
  writer.end()
}

/**
 * Sends the response a scenario fixes by itself (`raw`, `body`, or an error `status`), instead of the route's.
 * Returns false when the route should answer.
 */
export async function sendCannedResponse(exchange: Exchange): Promise<boolean> {
  const { scenario } = exchange
  const status = scenario.status ?? 200
  if (scenario.raw !== undefined) {
    await sendPieces(exchange, status, 'text/event-stream', scenario.raw)
    return true
  }
  if (scenario.body === undefined && status < 400) return false
  const { body } = scenario
  // /messages speaks Anthropic's error envelope; every other path OpenRouter's.
  const errorBody = exchange.recorded.path === '/api/v1/messages' ? buildAnthropicErrorBody : buildErrorBody
  const text = typeof body === 'string' ? body : JSON.stringify(body === undefined ? errorBody(status) : body)
  const contentType =
    typeof body === 'string' && body.trimStart().startsWith('<')
      ? 'text/html; charset=utf-8'
      : 'application/json'
  if ((scenario.splitBytes ?? 0) > 0) {
    await sendPieces(exchange, status, contentType, [text])
    return true
  }
  const headers = {
    ...rateLimitHeaders(status),
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
  }
  writeHead(exchange, status, headers)
  exchange.response.end(text)
  return true
}
