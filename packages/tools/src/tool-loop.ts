import type { ModelAdapter, StepDelta } from './model-adapter.js'
import {
  settleInTurn,
  type ToolCallRequest,
  type ToolErrorReason,
  type ToolOutcome,
} from './run-tool-calls.js'
import type { PreparedTool } from './tool-definition.js'

/**
 * What happens in a tool loop, in order, as it happens; `completion` is the step's answer (a
 * `ChatCompletion` for chat, another adapter's own result type).
 */
export type LoopEvent<Result, Usage> =
  | { type: 'text-delta'; step: number; text: string }
  | { type: 'reasoning-delta'; step: number; text: string }
  | { type: 'tool-call'; step: number; call: ToolCallRequest }
  | { type: 'tool-result'; step: number; call: ToolCallRequest; result: unknown }
  | {
      type: 'tool-error'
      step: number
      call: ToolCallRequest
      reason: ToolErrorReason
      message: string
      error?: unknown
    }
  | { type: 'step-finish'; step: number; completion: Result; usage: Usage | undefined }

/** How a tool loop ended. */
export interface LoopResult<Message, Result, Usage> {
  /** The last model answer. */
  completion: Result
  /** The whole conversation: the caller's messages, then each assistant turn and its tool results. */
  messages: Message[]
  steps: number
  usage: Usage
  /** `answered`: the last answer called no tool. `max_steps`: the limit came first (its calls were run). */
  stopReason: 'answered' | 'max_steps'
}

/**
 * Calls the model, runs the tools it asks for (at once when it asks for several), sends the
 * results back, and repeats until it answers or `maxSteps` model calls were made. The calls of
 * the last allowed step are run too, so the conversation it returns can be continued as it is.
 */
export async function* runToolLoop<Message, Result, Usage>(
  adapter: ModelAdapter<Message, Result, Usage>,
  tools: ReadonlyMap<string, PreparedTool>,
  messages: Message[],
  maxSteps: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<LoopEvent<Result, Usage>, LoopResult<Message, Result, Usage>> {
  let usage = adapter.emptyUsage()
  for (let step = 1; ; step++) {
    if (signal?.aborted) throw signal.reason
    const turn = yield* numbered(adapter.step(messages, signal), step)
    messages.push(turn.message)
    usage = adapter.addUsage(usage, turn.usage)
    if (turn.calls.length > 0) {
      for (const call of turn.calls) yield { type: 'tool-call', step, call }
      const outcomes = new Map<ToolCallRequest, ToolOutcome>()
      for await (const outcome of settleInTurn(turn.calls, tools, signal)) {
        outcomes.set(outcome.call, outcome)
        const { call } = outcome
        if (outcome.ok) yield { type: 'tool-result', step, call, result: outcome.result }
        else {
          const { reason, error, content: message } = outcome
          yield error === undefined
            ? { type: 'tool-error', step, call, reason, message }
            : { type: 'tool-error', step, call, reason, message, error }
        }
      }
      messages.push(...adapter.toolMessages(turn.calls.map((call) => outcomes.get(call) as ToolOutcome)))
    }
    yield { type: 'step-finish', step, completion: turn.result, usage: turn.usage }
    const ended = { completion: turn.result, messages, steps: step, usage }
    if (turn.calls.length === 0) return { ...ended, stopReason: 'answered' }
    if (step >= maxSteps) return { ...ended, stopReason: 'max_steps' }
  }
}

/** A model call's text events with the step they belong to; stopping early stops the call. */
async function* numbered<Turn>(
  model: AsyncGenerator<StepDelta, Turn>,
  step: number,
): AsyncGenerator<LoopEvent<never, never>, Turn> {
  let finished = false
  try {
    for (;;) {
      const next = await model.next()
      if (next.done) {
        finished = true
        return next.value
      }
      yield { type: next.value.type, step, text: next.value.text }
    }
  } finally {
    if (!finished) await model.return(undefined as never)
  }
}
