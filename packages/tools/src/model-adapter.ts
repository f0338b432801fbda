import type { ToolCallRequest, ToolOutcome } from './run-tool-calls.js'

// The seam between the tool loop and an API. The loop (tool-loop.ts) knows nothing of chat
// completions: an adapter says how to call the model once with the conversation so far, how the
// answer names its tool calls, how results go back, and how usage adds up. `chatAdapter` is the
// one for /chat/completions; one for /responses (input items, function_call_output, its usage
// shape) plugs in the same way without this package depending on @orsdk/responses.

/** Text as it streams from a model call (a buffered adapter yields none). */
export type StepDelta = { type: 'text-delta' | 'reasoning-delta'; text: string }

/** One model call, as the loop sees it. */
export interface ModelTurn<Message, Result, Usage> {
  /** The API's own answer (a `ChatCompletion`), handed back to the caller. */
  result: Result
  /** The assistant turn, appended to the conversation as it is. */
  message: Message
  /** The calls to run; none means the model answered. Ids are unique in the conversation. */
  calls: ToolCallRequest[]
  usage: Usage | undefined
}

/** What the tool loop needs from an API. */
export interface ModelAdapter<Message, Result, Usage> {
  /** Calls the model once with the conversation so far; a streaming adapter yields text as it arrives. */
  step(
    messages: readonly Message[],
    signal: AbortSignal | undefined,
  ): AsyncGenerator<StepDelta, ModelTurn<Message, Result, Usage>>
  /** The messages that carry the outcomes back, in the order of the calls. */
  toolMessages(outcomes: readonly ToolOutcome[]): Message[]
  /** A usage of nothing, to add steps to. */
  emptyUsage(): Usage
  /** Adds one step's usage to `total`. */
  addUsage(total: Usage, usage: Usage | undefined): Usage
}
