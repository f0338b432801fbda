/**
 * For authors of orsdk capability packages (and of your own endpoints on the same transport):
 * requests, streams, protocols, error factories and params-schema helpers. Apps do not need
 * it. It follows semver like the main entry, but expect it to grow with each new endpoint.
 *
 * @module
 */
export { decodeBase64, encodeBase64 } from './base64.js'
export {
  decodeError,
  type ErrorContext,
  type FailurePhase,
  invalidRequest,
  networkError,
} from './errors/factories.js'
export { invalidParams, type ParamsIssue } from './errors/invalid-params.js'
export { errorFromBody, errorFromResponse, retryableStatuses } from './errors/map-error.js'
export { redactError } from './errors/redact.js'
export {
  type MultipartBody,
  type MultipartField,
  type MultipartFile,
  type MultipartPart,
  multipartBody,
} from './multipart-body.js'
export { openFilePath } from './open-file-path.js'
export {
  callOperation,
  type ListOperation,
  listOperation,
  type Operation,
  type OperationInput,
} from './operation.js'
export type {
  BodyResponse,
  BytesResponse,
  JsonResponse,
  RequestSpec,
  SseResponse,
  TransportResponse,
} from './options.js'
export { type Page, paginate } from './paginate.js'
export {
  checkParams,
  checkStreamParams,
  integerFrom,
  modelList,
  nonEmptyString,
  noStream,
  numberRange,
  type ParamsSchema,
  pageQuery,
} from './params-schema.js'
export { parsePartialJson } from './partial-json.js'
export type { OpenedFile } from './platform.js'
export { type PollOptions, poll } from './poll.js'
export { applyPreset, type PresetOption } from './preset.js'
export { concatBytes } from './read-all.js'
export {
  requestBody,
  requestBytes,
  requestJson,
  requestStream,
  requestStreamOrJson,
} from './request.js'
export type { SpecAnswer, SpecBody, SpecItem, SpecQuery } from './spec-types.js'
export {
  EventStream,
  type StreamOptions,
  type StreamSinkEvent,
  splitStreamOptions,
} from './stream/event-stream.js'
export { type JsonSseOptions, jsonSseProtocol } from './stream/json-sse-protocol.js'
export {
  type Accumulator,
  parseEventData,
  type SseMessage,
  STREAM_END,
  STREAM_SKIP,
  type StreamProtocol,
} from './stream/stream-protocol.js'
export type { StreamSource } from './stream/stream-source.js'
