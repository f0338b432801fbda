import { clientOf } from './client.js'
import { CLIENT_PIPELINE } from './create-client.js'
import { invalidRequest } from './errors/factories.js'
import type { OpenRouterError } from './errors/openrouter-error.js'
import type {
  BodyResponse,
  BytesResponse,
  CallOptions,
  JsonResponse,
  RequestSpec,
  TransportResponse,
} from './options.js'
import {
  bodyReader,
  bytesReader,
  jsonReader,
  type ResponseReader,
  streamOrJsonReader,
  streamReader,
} from './read-response.js'
import type { StreamSource } from './stream/stream-source.js'

// The one way from a capability package to the network: each function sends through the call's
// client (or the default one), runs its middleware, and checks that what came back is the kind
// it asked for, so a middleware that answers with the wrong kind is an `OpenRouterError` here,
// not a `TypeError` deep inside a stream.

function send(spec: RequestSpec, reader: ResponseReader, options: CallOptions): Promise<TransportResponse> {
  return clientOf(options)[CLIENT_PIPELINE](spec, reader, options)
}

function wrongKind(operation: string, expected: string, response: unknown): OpenRouterError {
  const got = (response as { type?: unknown } | null | undefined)?.type
  return invalidRequest(
    `${operation}: a middleware answered with ${typeof got === 'string' ? `a ${got} response` : 'something that is not a response'} where ${expected} was expected`,
  )
}

/**
 * Sends a request and resolves with its JSON body, already checked for an in-body `error`.
 *
 * @throws `OpenRouterError` of every kind a call can fail with (see the README's table).
 * @example
 * const { data } = await requestJson({ operation: 'credits', method: 'GET', path: '/credits' }, options)
 */
export async function requestJson(spec: RequestSpec, options: CallOptions = {}): Promise<JsonResponse> {
  const response = await send(spec, jsonReader, options)
  if (response?.type === 'json') return response
  throw wrongKind(spec.operation, 'a JSON body', response)
}

/**
 * Sends a request and resolves with its binary body, read whole (`audio/*`).
 *
 * @example
 * const { data, headers } = await requestBytes({ operation: 'audio.speech', method: 'POST', path: '/audio/speech', body }, options)
 */
export async function requestBytes(spec: RequestSpec, options: CallOptions = {}): Promise<BytesResponse> {
  const response = await send(spec, bytesReader, options)
  if (response?.type === 'bytes') return response
  throw wrongKind(spec.operation, 'binary data', response)
}

/**
 * Sends a request and resolves at the headers with its body as a web stream, read as the
 * consumer pulls (a video, a file): never buffered whole. Cancel it to release the connection.
 *
 * @example
 * const { body } = await requestBody({ operation: 'video.download', method: 'GET', path: `/videos/${id}/content` }, options)
 */
export async function requestBody(spec: RequestSpec, options: CallOptions = {}): Promise<BodyResponse> {
  const response = await send(spec, bodyReader, options)
  if (response?.type === 'body') return response
  throw wrongKind(spec.operation, 'a body', response)
}

/**
 * Sends a request and resolves at the headers with the unread event stream, bound to the call's
 * stall timer, cancellation and key redaction: hand it to the capability's `EventStream`.
 *
 * @example
 * return new ChatStream(await requestStream({ operation: 'chat.stream', method: 'POST', path: '/chat/completions', body }, call), into)
 */
export async function requestStream(spec: RequestSpec, options: CallOptions = {}): Promise<StreamSource> {
  const response = await send(spec, streamReader, options)
  if (response?.type === 'sse') return response.source
  throw wrongKind(spec.operation, 'an event stream', response)
}

/**
 * `requestStream` for chat-style endpoints where a model may ignore `stream: true` and answer
 * with one JSON body: that body then arrives as a stream of one event followed by `[DONE]`.
 *
 * @example
 * const stream = new SpeakStream(await requestStreamOrJson(spec, options))
 */
export async function requestStreamOrJson(
  spec: RequestSpec,
  options: CallOptions = {},
): Promise<StreamSource> {
  const response = await send(spec, streamOrJsonReader, options)
  if (response?.type === 'sse') return response.source
  throw wrongKind(spec.operation, 'an event stream', response)
}
