import type { ChatCompletion, ChatMessage, ChatParams, ChatUsage } from '@orsdk/chat'
import type { CallOptions } from '@orsdk/transport'
import { invalidRequest } from '@orsdk/transport/protocol'
import { chatAdapter } from './chat-adapter.js'
import { PullStream } from './pull-stream.js'
import { prepareTools, type ToolDefinition } from './tool-definition.js'
import { type LoopEvent, runToolLoop } from './tool-loop.js'

/** What `runTools` takes: chat params, with your tools keyed by name. */
export type RunToolsParams = Omit<ChatParams, 'tools' | 'stream'> & {
  tools: Record<string, ToolDefinition>
}

/** Options of `runTools`: the call options, plus the step limit. */
export interface RunToolsOptions extends CallOptions {
  /** The most model calls to make; default 10. */
  maxSteps?: number
}

/** How a tool loop ended. */
export interface RunToolsResult {
  /** The last completion: the answer, or (with `stopReason: 'max_steps'`) the last tool calls. */
  completion: ChatCompletion
  /** The whole conversation, ready for the next turn: your messages, each assistant turn, each tool result. */
  messages: ChatMessage[]
  /** Model calls made. */
  steps: number
  /** Every step's usage added up (`costOf(result.usage)` prices the whole loop). */
  usage: ChatUsage
  /** `answered`: the model answered without a tool. `max_steps`: the limit came first; its calls were run. */
  stopReason: 'answered' | 'max_steps'
}

const DEFAULT_MAX_STEPS = 10

/**
 * Lets the model call your functions until it answers: calls the model, runs the tools it asked
 * for (at once when it asked for several), validates their arguments with each tool's schema (a
 * bad argument, an unknown tool or a tool that throws goes back to the model as a tool error, not
 * a crash), appends the results and repeats, at most `maxSteps` times. Tool-call ids are made
 * unique and every assistant turn keeps its `reasoning_details`, so reasoning models can go on.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (bad tools or params, before any I/O) and
 * every kind `chat` rejects with; an abort (`options.signal`) rejects with its reason, at once,
 * even while a tool that ignores the signal still runs.
 * @example
 * import { z } from 'zod'
 * import { runTools, tool } from '@orsdk/tools'
 * const result = await runTools({
 *   model: 'openai/gpt-4o-mini',
 *   messages: [{ role: 'user', content: 'Weather in Paris?' }],
 *   tools: { get_weather: tool({ parameters: z.object({ city: z.string() }), run: ({ city }) => ({ city, celsius: 18 }) }) },
 * })
 * console.log(result.completion.choices[0]?.message.content, result.steps, result.usage.cost)
 */
export async function runTools(
  params: RunToolsParams,
  options: RunToolsOptions = {},
): Promise<RunToolsResult> {
  const loop = startLoop(params, options, 'runTools', false, options.signal)
  for (;;) {
    const next = await loop.next()
    if (next.done) return next.value
  }
}

/**
 * What `runToolsStream` yields, in order, as it happens: `text-delta` and `reasoning-delta`,
 * `tool-call`, `tool-result` or `tool-error`, and `step-finish` with the step's completion.
 */
export type ToolRunEvent = LoopEvent<ChatCompletion, ChatUsage>

/**
 * A tool loop as it happens: text and reasoning as each model call streams, each tool call, each
 * result or error as its tool settles, each step's end. Iterate it, then `finalResult()`; or call
 * `finalResult()` alone. Leaving the loop early (`break`) or `abort()` stops the model call and
 * the loop.
 */
export class ToolRunStream extends PullStream<ToolRunEvent, RunToolsResult> {
  /**
   * Reads what is left and resolves with the loop's result, as `runTools` would.
   *
   * @example
   * const run = await runToolsStream(params)
   * for await (const event of run) if (event.type === 'text-delta') process.stdout.write(event.text)
   * const { messages, usage } = await run.finalResult()
   */
  finalResult(): Promise<RunToolsResult> {
    return this.result()
  }
}

/**
 * `runTools` streamed: every model call is a `chatStream`, and the loop's events are yielded as
 * they happen. Params and tools are checked before it resolves; no I/O starts until you read.
 *
 * @throws as `runTools`: `invalid_request` here, the rest while reading.
 * @example
 * const run = await runToolsStream({ model, messages, tools })
 * for await (const event of run) {
 *   if (event.type === 'text-delta') process.stdout.write(event.text)
 *   if (event.type === 'tool-call') console.log(`\n→ ${event.call.name}(${event.call.arguments})`)
 * }
 */
export async function runToolsStream(
  params: RunToolsParams,
  options: RunToolsOptions = {},
): Promise<ToolRunStream> {
  return new ToolRunStream(
    'runToolsStream',
    (signal) => startLoop(params, options, 'runToolsStream', true, signal),
    options.signal,
  )
}

function checkLoopInput(params: RunToolsParams, options: RunToolsOptions, operation: string): number {
  if (typeof params !== 'object' || params === null)
    throw invalidRequest(`${operation}: params must be an object`)
  if (!Array.isArray(params.messages)) throw invalidRequest(`${operation}: messages: must be an array`)
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS
  if (!Number.isInteger(maxSteps) || maxSteps < 1)
    throw invalidRequest(`${operation}: options.maxSteps: must be an integer >= 1`)
  return maxSteps
}

function startLoop(
  params: RunToolsParams,
  options: RunToolsOptions,
  operation: string,
  streaming: boolean,
  signal: AbortSignal | undefined,
): AsyncGenerator<ToolRunEvent, RunToolsResult> {
  const maxSteps = checkLoopInput(params, options, operation)
  const prepared = prepareTools(params.tools, operation)
  const { tools: _tools, messages, ...rest } = params
  const { maxSteps: _maxSteps, signal: _signal, ...call } = options
  const adapter = chatAdapter(
    rest,
    [...prepared.values()].map((tool) => tool.sent),
    call,
    streaming,
  )
  return runToolLoop(adapter, prepared, [...messages], maxSteps, signal)
}
