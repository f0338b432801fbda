import type { OpenRouterError } from '@orsdk/transport'
import { errorFromBody, parseEventData, STREAM_SKIP, type StreamProtocol } from '@orsdk/transport/protocol'
import { MessageAccumulator } from './accumulate-message.js'
import type { Message } from './response-types.js'
import type { MessagesStreamEvent } from './stream-events.js'

const NAME = 'messages stream'

// For `encodeError`: the Anthropic `error.type` that maps back to the same kind on the
// receiving side (see the transport's map-error.ts).
const anthropicTypeByKind: Record<string, string> = {
  invalid_request: 'invalid_request_error',
  auth: 'authentication_error',
  payment_required: 'billing_error',
  rate_limit: 'rate_limit_error',
  timeout: 'timeout_error',
}

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

/** The upstream envelope of an error that came from an Anthropic-format body, if any. */
function upstreamEnvelope(error: OpenRouterError): Json | undefined {
  const body = error.body
  return isObject(body) && body.type === 'error' && isObject(body.error) ? body.error : undefined
}

/**
 * Anthropic's stream, as OpenRouter's `/messages` sends it: `event: <name>` + `data: <json>`,
 * `ping` keep-alives, an in-band `event: error` with Anthropic's envelope, and `message_stop`
 * as the last event. There is no end marker such as `[DONE]`.
 */
export const messagesProtocol: StreamProtocol<MessagesStreamEvent, Message> = {
  name: NAME,
  decode(message, start) {
    const data = parseEventData(message, NAME, start)
    const type = isObject(data) && typeof data.type === 'string' ? data.type : undefined
    // The SSE event name decides; `data.type` stands in when a relay dropped the `event:` line.
    const event = message.event ?? type ?? 'message'
    if (event === 'ping') return STREAM_SKIP
    if (event === 'error') throw errorFromBody(data, start)
    return { event, data } as MessagesStreamEvent
  },
  isLast: (item) => item.event === 'message_stop',
  encode: (item) => `event: ${item.event}\ndata: ${JSON.stringify(item.data)}\n\n`,
  encodeError(error) {
    const upstream = upstreamEnvelope(error)
    const permission = error.kind === 'auth' && error.status === 403
    const type =
      (typeof upstream?.type === 'string' ? upstream.type : undefined) ??
      (permission ? 'permission_error' : anthropicTypeByKind[error.kind]) ??
      'api_error'
    const body = {
      type: 'error',
      error: {
        type,
        message: typeof upstream?.message === 'string' ? upstream.message : error.message,
        error_type: error.errorType === type ? undefined : error.errorType,
      },
    }
    return `event: error\ndata: ${JSON.stringify(body)}\n\n`
  },
  accumulate: (context) => new MessageAccumulator(context.generationId),
}
