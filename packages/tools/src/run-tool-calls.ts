import { redactSecrets } from '@orsdk/transport'
import { checkValue, describeIssues } from './schema.js'
import type { PreparedTool } from './tool-definition.js'

/** A call the model asked for. */
export interface ToolCallRequest {
  id: string
  name: string
  /** The JSON text the model wrote. */
  arguments: string
}

/** Why a call went back to the model as an error. */
export type ToolErrorReason = 'unknown_tool' | 'invalid_arguments' | 'failed'

/** How one call ended: its result, or the error the model is told about. */
export type ToolOutcome =
  | { call: ToolCallRequest; ok: true; result: unknown; content: string }
  | { call: ToolCallRequest; ok: false; reason: ToolErrorReason; error?: unknown; content: string }

/**
 * Runs one call: finds the tool, parses and validates the arguments, runs it. Every failure but
 * an abort becomes an outcome the model is told about, so one bad call does not end the loop.
 */
export async function runToolCall(
  call: ToolCallRequest,
  tools: ReadonlyMap<string, PreparedTool>,
  signal: AbortSignal | undefined,
): Promise<ToolOutcome> {
  const tool = tools.get(call.name)
  if (tool === undefined) {
    const known = [...tools.keys()].join(', ')
    return failed(call, 'unknown_tool', `Unknown tool "${call.name}". The tools are: ${known}.`)
  }
  let args: unknown
  try {
    args = JSON.parse(call.arguments === '' ? '{}' : call.arguments)
  } catch (error) {
    return failed(
      call,
      'invalid_arguments',
      `Invalid arguments for ${call.name}: not valid JSON (${(error as Error).message}). Call it again with JSON arguments that match its schema.`,
      error,
    )
  }
  const checked = await checkValue(tool.definition.parameters, args)
  if (checked.issues !== undefined) {
    const why = describeIssues(checked.issues)
    return failed(
      call,
      'invalid_arguments',
      `Invalid arguments for ${call.name}: ${why}. Call it again with arguments that match its schema.`,
      checked.issues,
    )
  }
  try {
    const result = await tool.definition.run(checked.value, { signal, toolCallId: call.id })
    return {
      call,
      ok: true,
      result,
      content: typeof result === 'string' ? result : (JSON.stringify(result) ?? 'null'),
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    // The model reads this text: no secret a tool's error may quote goes with it.
    const text = redactSecrets(error instanceof Error ? error.message : String(error))
    return failed(call, 'failed', `Error from ${call.name}: ${text}`, error)
  }
}

function failed(
  call: ToolCallRequest,
  reason: ToolErrorReason,
  content: string,
  error?: unknown,
): ToolOutcome {
  return error === undefined
    ? { call, ok: false, reason, content }
    : { call, ok: false, reason, error, content }
}

/**
 * Runs the calls at once and yields each outcome as it settles; rejects as soon as `signal`
 * aborts, even while a tool that ignores the signal is still running.
 */
export async function* settleInTurn(
  calls: readonly ToolCallRequest[],
  tools: ReadonlyMap<string, PreparedTool>,
  signal: AbortSignal | undefined,
): AsyncGenerator<ToolOutcome> {
  const pending = new Map<number, Promise<[number, ToolOutcome]>>()
  calls.forEach((call, index) => {
    const settled = runToolCall(call, tools, signal).then((outcome): [number, ToolOutcome] => [
      index,
      outcome,
    ])
    // An abort rejects every call still running: handled here, so none is left unhandled.
    settled.catch(() => {})
    pending.set(index, settled)
  })
  while (pending.size > 0) {
    const [index, outcome] = await untilAborted(Promise.race(pending.values()), signal)
    pending.delete(index)
    yield outcome
  }
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts; the listener is removed after. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
