export type { MaxPrice, PercentileCutoff, ProviderPreferences } from '@orsdk/transport'
export { ResponsesAccumulator } from './accumulate-response.js'
export type {
  FunctionCallOutputItem,
  InputAudioPart,
  InputContentPart,
  InputFilePart,
  InputImagePart,
  InputMessage,
  InputTextPart,
  InputVideoPart,
  ResponsesFunctionTool,
  ResponsesInputItem,
  ResponsesParams,
  ResponsesPlugin,
  ResponsesReasoningConfig,
  ResponsesServerTool,
  ResponsesTextFormat,
  ResponsesTool,
  ResponsesToolChoice,
} from './request-types.js'
export type {
  FunctionCallItem,
  ItemStatus,
  OutputMessage,
  OutputTextPart,
  ReasoningItem,
  RefusalPart,
  ResponseResult,
  ResponsesAnnotation,
  ResponsesError,
  ResponsesLogprob,
  ResponsesOutputItem,
  ResponsesUsage,
  ServerToolItem,
} from './response-types.js'
export { type ResponsesOptions, responses } from './responses.js'
export { ResponsesParamsSchema } from './responses-params-schema.js'
export {
  type ResponsesSinkEvent,
  ResponsesStream,
  type ResponsesStreamOptions,
  responsesStream,
} from './responses-stream.js'
export {
  type AnnotationAddedEvent,
  type ContentPartEvent,
  type FunctionCallArgumentsDeltaEvent,
  type FunctionCallArgumentsDoneEvent,
  isResponsesEvent,
  type KnownResponsesStreamEvent,
  type OutputItemEvent,
  type OutputTextDeltaEvent,
  type OutputTextDoneEvent,
  type ReasoningSummaryPartEvent,
  type ReasoningSummaryTextEvent,
  type ReasoningTextEvent,
  type RefusalEvent,
  type ResponseLifecycleEvent,
  type ResponsesEventType,
  type ResponsesStreamEvent,
  type UnknownResponsesStreamEvent,
} from './stream-events.js'
export { toInputItems } from './to-input-items.js'
