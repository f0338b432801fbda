import { decodeError, networkError, parseEventData, type StreamProtocol } from '@orsdk/transport/protocol'
import { ResponsesAccumulator } from './accumulate-response.js'
import { isObject, type Json } from './is-object.js'
import { failureOf, responseError } from './response-error.js'
import type { ResponseResult } from './response-types.js'
import type { ResponsesStreamEvent } from './stream-events.js'

const NAME = 'responses stream'

/**
 * The Responses API's stream: `event: <type>` + `data: <json>` with the same `type` inside (the
 * JSON decides; the SSE name stands in when a relay dropped it). It is complete after
 * `response.completed` or `response.incomplete`; a `data: [DONE]` may follow (OpenRouter's
 * spec) or not (OpenAI's API), and is not read. `[DONE]` before those is a cut stream.
 * `error` and `response.failed` are thrown, with the kind their code stands for.
 */
export const responsesProtocol: StreamProtocol<ResponsesStreamEvent, ResponseResult> = {
  name: NAME,
  decode(message, context) {
    if (message.data === '[DONE]') {
      throw networkError(new Error(`${NAME}: data: [DONE] came before response.completed`), 'stream', context)
    }
    const data = parseEventData(message, NAME, context) as Json
    const type = isObject(data) && typeof data.type === 'string' ? data.type : message.event
    // A bare OpenRouter error envelope (`{"error":{...}}`) counts as an `error` event.
    if (type === 'error' || type === 'response.failed' || (type === undefined && isObject(data?.error)))
      throw responseError(data, context)
    if (type === undefined || !isObject(data))
      throw decodeError(`${NAME}: an event is not a typed JSON object`, message.data, context)
    return (data.type === type ? data : { ...data, type }) as ResponsesStreamEvent
  },
  isLast: (event) => event.type === 'response.completed' || event.type === 'response.incomplete',
  encode: (event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`,
  end: 'data: [DONE]\n\n',
  encodeError(error) {
    // The upstream code and message when the error came from the wire, so the receiving side
    // maps it to the same kind; else the kind itself, which `errorFromBody` reads back.
    const upstream = failureOf(error.body)
    const code = typeof error.code === 'string' || typeof error.code === 'number' ? error.code : error.kind
    const event = {
      type: 'error',
      code,
      message: typeof upstream?.message === 'string' ? upstream.message : error.message,
      metadata:
        error.errorType === undefined || error.errorType === code
          ? undefined
          : { error_type: error.errorType },
    }
    return `event: error\ndata: ${JSON.stringify(event)}\n\n`
  },
  accumulate: (context) => new ResponsesAccumulator(context.generationId),
}
