import {
  applyPreset,
  checkStreamParams,
  EventStream,
  type PresetOption,
  requestStream,
  type StreamOptions,
  type StreamSinkEvent,
  type StreamSource,
  splitStreamOptions,
} from '@orsdk/transport/protocol'
import type { ResponsesParams } from './request-types.js'
import type { ResponseResult } from './response-types.js'
import { ResponsesParamsSchema } from './responses-params-schema.js'
import { responsesProtocol } from './responses-protocol.js'
import type { ResponsesStreamEvent } from './stream-events.js'

/** What the `into` sink of `responsesStream` receives: every event, then exactly one terminal event. */
export type ResponsesSinkEvent = StreamSinkEvent<ResponsesStreamEvent, ResponseResult>

/** Options of `responsesStream`: the call options, the push-style `into` sink, and `preset`. */
export type ResponsesStreamOptions = StreamOptions<ResponsesStreamEvent, ResponseResult> & PresetOption

/**
 * A Responses API stream: an async iterable of events (`response.created`,
 * `response.output_text.delta`, `response.function_call_arguments.delta`, ...,
 * `response.completed`) that reads from the socket only as you pull. An event type newer than
 * this package is yielded as sent; narrow events with `isResponsesEvent`. Consume it once, one
 * way: iterate it, call `finalResponse()`, forward it with `toReadableStream()`, or pass `into`
 * to `responsesStream`. `abort()` stops it.
 *
 * It throws `OpenRouterError` on an `error` or `response.failed` event (kind from its code:
 * `rate_limit_exceeded` is `rate_limit`, `server_error` is `server`, ...), on a body that ends
 * before `response.completed` (`stream_disconnect`) and on a stall (`timeout`).
 *
 * @example
 * import { isResponsesEvent, responsesStream } from '@orsdk/responses'
 * const stream = await responsesStream({ model: 'openai/gpt-4o-mini', input: 'Hi' })
 * for await (const event of stream) {
 *   if (isResponsesEvent(event, 'response.output_text.delta')) process.stdout.write(event.delta)
 * }
 */
export class ResponsesStream extends EventStream<ResponsesStreamEvent, ResponseResult> {
  /** Wraps a stream source; `responsesStream`, `fromReadableStream` and `fromResponse` call this. */
  constructor(source: StreamSource, into?: (event: ResponsesSinkEvent) => void) {
    super(source, responsesProtocol, into)
  }

  /**
   * Reads the rest of the stream and resolves with the response, the same shape `responses()`
   * returns: output items (messages with text and annotations, function calls with their
   * arguments joined, reasoning with summaries and `encrypted_content`), usage with cost,
   * `output_text` and `generationId`. On an error the rejection carries the response so far in
   * `error.partial`. Calling it again returns the same promise.
   *
   * @example
   * const result = await (await responsesStream(params)).finalResponse()
   * console.log(result.output_text, result.usage?.cost)
   */
  finalResponse(): Promise<ResponseResult> {
    return this.final('finalResponse()')
  }
}

/**
 * Starts a streamed response at `POST /responses`. Resolves once the response headers arrive,
 * so HTTP errors (401, 402, 429, ...) reject here, and before any I/O for bad params (the
 * stateless rejections of `responses` included). Sets `stream: true` itself.
 *
 * @throws `OpenRouterError` of kind `invalid_request`, `auth`, `payment_required`,
 * `rate_limit`, `server`, `timeout` or `transport`; a user's abort rejects with `AbortError`.
 * @example
 * import { responsesStream } from '@orsdk/responses'
 * const stream = await responsesStream({ model: 'openai/gpt-4o-mini', input: 'Count to 5' })
 * const result = await stream.finalResponse()
 * console.log(result.output_text)
 */
export async function responsesStream(
  params: ResponsesParams,
  options: ResponsesStreamOptions = {},
): Promise<ResponsesStream> {
  const body = applyPreset(params, options, 'responsesStream')
  checkStreamParams(ResponsesParamsSchema, body, 'responsesStream')
  const { into, call } = splitStreamOptions(options, 'responsesStream')
  const source = await requestStream(
    { operation: 'responses.stream', method: 'POST', path: '/responses', body: { ...body, stream: true } },
    call,
  )
  return new ResponsesStream(source, into)
}
