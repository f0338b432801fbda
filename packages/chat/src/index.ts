export { CompletionAccumulator } from './accumulate-completion.js'
export type { PartialCompletionErrorBody } from './attach-partial.js'
export { chat } from './chat.js'
export { ChatParamsSchema } from './chat-params-schema.js'
export { ChatStream, type ChatStreamEvent } from './chat-stream.js'
export { type ChatStreamOptions, chatStream } from './chat-stream-call.js'
export type {
  AssistantMessage,
  AudioPart,
  CacheControl,
  ChatMessage,
  ContentPart,
  DeveloperMessage,
  FilePart,
  ImagePart,
  ReasoningDetail,
  SystemMessage,
  TextPart,
  ToolCall,
  ToolMessage,
  UserMessage,
  VideoPart,
} from './message-types.js'
export type { ChatPlugin, MaxPrice, PercentileCutoff, ProviderPreferences } from './provider-types.js'
export type {
  ChatParams,
  ChatTool,
  FunctionTool,
  ReasoningConfig,
  ResponseFormat,
  ServerTool,
  ToolChoice,
} from './request-types.js'
export type {
  AudioOutput,
  ChatCompletion,
  ChatCompletionChunk,
  ChatUsage,
  ChoiceError,
  ChoiceLogprobs,
  ChunkChoice,
  ChunkDelta,
  CompletionChoice,
  CompletionMessage,
  FinishReason,
  ResponseToolCall,
  ToolCallDelta,
} from './response-types.js'
