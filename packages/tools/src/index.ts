export {
  type ChatObjectOptions,
  type ChatObjectParams,
  type ChatObjectResult,
  chatObject,
  chatObjectStream,
  type DeepPartial,
  type ObjectDecodeFailure,
  ObjectStream,
  type ObjectStreamEvent,
} from './chat-object.js'
export type { ModelCatalog, StructuredOutputCheck } from './model-support.js'
export type { ToolCallRequest, ToolErrorReason } from './run-tool-calls.js'
export {
  type RunToolsOptions,
  type RunToolsParams,
  type RunToolsResult,
  runTools,
  runToolsStream,
  type ToolRunEvent,
  ToolRunStream,
} from './run-tools.js'
export type { JsonSchema } from './schema.js'
export { type ToolContext, type ToolDefinition, tool } from './tool-definition.js'
