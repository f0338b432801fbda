export type { MaxPrice, PercentileCutoff, ProviderPreferences } from '@orsdk/transport'
export { CompletionAccumulator } from './accumulate-completion.js'
export { type ChatOptions, chat } from './chat.js'
export { ChatParamsSchema } from './chat-params-schema.js'
export {
  type ChatSinkEvent,
  ChatStream,
  type ChatStreamOptions,
  chatStream,
} from './chat-stream.js'
export type {
  AssistantMessage,
  CacheControl,
  ChatMessage,
  ContentPart,
  DeveloperMessage,
  FilePart,
  ImagePart,
  InputAudioPart,
  ReasoningDetail,
  SystemMessage,
  TextPart,
  ToolCall,
  ToolMessage,
  UserMessage,
  VideoPart,
} from './message-types.js'
export type {
  ChatParams,
  ChatPlugin,
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
