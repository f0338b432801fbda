import type { ServerResponse } from 'node:http'

const ALLOWED_HEADERS =
  'authorization, content-type, http-referer, x-openrouter-title, x-title, x-openrouter-categories, x-orsdk-agent, x-mock-scenario'

/** Sets the CORS headers OpenRouter sends on every response. */
export function setCorsHeaders(response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', '*')
  response.setHeader('access-control-expose-headers', 'x-generation-id, retry-after')
}

/** Answers a CORS preflight with 204. */
export function sendPreflight(response: ServerResponse): void {
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '86400',
    'content-length': 0,
  })
  response.end()
}
