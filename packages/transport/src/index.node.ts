export { createClient, defaultClient } from './client.node.js'
export { EventStream, type StreamSink, type StreamStart } from './event-stream.js'
export { invalidParams, type ParamsIssue } from './invalid-params.js'
export { type ErrorContext, errorFromBody, errorFromResponse } from './map-error.js'
export type { Middleware, MiddlewareRequest, MiddlewareResponse, Next } from './middleware.js'
export {
  type ErrorKind,
  isOpenRouterError,
  OpenRouterError,
  type OpenRouterErrorInit,
} from './openrouter-error.js'
export {
  type BytesResponse,
  type CallOptions,
  type Client,
  type ClientOptions,
  DEFAULT_TIMEOUTS,
  type JsonResponse,
  type RequestSpec,
  type ResponseBody,
  type SseResponse,
  type Timeouts,
  type TransportResponse,
} from './options.js'
export type { TelemetryContext } from './platform.js'
export type { MaxPrice, PercentileCutoff, ProviderPreferences } from './provider-preferences.js'
export { bodyFromReadableStream, bodyFromResponse } from './stream-body.js'
export {
  jsonSseProtocol,
  parseEventData,
  type SseMessage,
  STREAM_END,
  STREAM_SKIP,
  type StreamErrorContext,
  type StreamProtocol,
} from './stream-protocol.js'
export { REQUEST_CHANNEL } from './telemetry-channel.js'
