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
export { costOf, type UsageCost } from './cost-of.js'
export type {
  AssistantMessage,
  CacheControl,
  ChatMessage,
  ContentPart,
  DeveloperMessage,
  FilePart,
  ImagePart,
  InputAudioPart,
  PromptCacheBreakpoint,
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
  ContextCompressionPlugin,
  DatetimeServerTool,
  FileParserPlugin,
  FunctionTool,
  ImageGenerationServerTool,
  OtherPlugin,
  OtherServerTool,
  PromptCacheOptions,
  ReasoningConfig,
  ResponseFormat,
  ResponseHealingPlugin,
  ServerTool,
  StopServerToolsCondition,
  ToolChoice,
  UserLocation,
  WebFetchPlugin,
  WebFetchServerTool,
  WebPlugin,
  WebSearchServerTool,
  WebSearchToolParameters,
} from './request-types.js'
export type {
  Annotation,
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
  FileAnnotation,
  FileAnnotationPart,
  FinishReason,
  ResponseToolCall,
  ToolCallDelta,
  UrlCitation,
} from './response-types.js'
export { toAssistantMessage } from './to-assistant-message.js'
