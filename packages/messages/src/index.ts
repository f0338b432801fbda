export type { MaxPrice, PercentileCutoff, ProviderPreferences } from '@orsdk/transport'
export { MessageAccumulator } from './accumulate-message.js'
export { type MessagesOptions, messages } from './messages.js'
export { MessagesParamsSchema } from './messages-params-schema.js'
export {
  type MessagesSinkEvent,
  MessagesStream,
  type MessagesStreamOptions,
  messagesStream,
} from './messages-stream.js'
export type {
  CacheControl,
  ContentBlockParam,
  CustomTool,
  DocumentBlockParam,
  DocumentSource,
  ImageBlockParam,
  ImageSource,
  MessageParam,
  MessagesParams,
  RedactedThinkingBlockParam,
  ServerTool,
  TextBlockParam,
  ThinkingBlockParam,
  ThinkingConfig,
  Tool,
  ToolChoice,
  ToolResultBlockParam,
  ToolUseBlockParam,
} from './request-types.js'
export type {
  Citation,
  ContentBlock,
  Message,
  MessagesUsage,
  RedactedThinkingBlock,
  ServerToolUseBlock,
  TextBlock,
  ThinkingBlock,
  ToolUseBlock,
  WebSearchToolResultBlock,
} from './response-types.js'
export {
  type ContentBlockDelta,
  type ContentBlockDeltaEvent,
  type ContentBlockStartEvent,
  type ContentBlockStopEvent,
  isMessagesEvent,
  type KnownMessagesStreamEvent,
  type MessageDeltaEvent,
  type MessageStartEvent,
  type MessageStopEvent,
  type MessagesEventName,
  type MessagesStreamEvent,
  type UnknownMessagesStreamEvent,
} from './stream-events.js'
export { toAssistantMessageParam } from './to-assistant-message-param.js'
