import { type ChatMessage, type ChatTool, chatStream } from '@orsdk/chat'
import type { Hono } from 'hono'
import { type AppContext, keyFor } from './app-context'
import { errorResponse, refuse } from './error-response'

/** What the page posts to /api/chat. */
export interface ChatRequest {
  model: string
  messages: ChatMessage[]
  /** Ask reasoning models to show their reasoning. */
  reasoning?: boolean
  /** Tools the page runs itself (their definitions; the page keeps the code). */
  tools?: ChatTool[]
}

/**
 * POST /api/chat: starts `chatStream` with the user's key and forwards its SSE bytes as they
 * come. When the browser goes away (Stop, a closed tab), the request's signal aborts and the
 * body is cancelled; either one ends the upstream request at once.
 */
export function addChatRoute(app: Hono, context: AppContext): void {
  app.post('/api/chat', async (c) => {
    const apiKey = keyFor(c, context)
    if (apiKey === undefined) return refuse(401, 'auth', 'Sign in with OpenRouter first')
    const request = await c.req.json<ChatRequest>().catch(() => undefined)
    if (request === undefined) return refuse(400, 'invalid_request', 'The request body must be JSON')
    try {
      const stream = await chatStream(
        {
          model: request.model,
          messages: request.messages,
          ...(request.reasoning === true ? { reasoning: { effort: 'low' as const } } : {}),
          ...(request.tools?.length ? { tools: request.tools } : {}),
        },
        { client: context.client, apiKey, signal: c.req.raw.signal },
      )
      return new Response(stream.toReadableStream(), {
        headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
      })
    } catch (error) {
      // Before the first byte: bad params, 401, 402, 429... as a JSON error the page maps back.
      return errorResponse(error)
    }
  })
}
