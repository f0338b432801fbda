import type { ResponsesInputItem } from './request-types.js'
import type { ResponseResult } from './response-types.js'

// What the model produced that the next turn needs: its messages, its function calls (each
// answered by your function_call_output) and its reasoning, `encrypted_content` included, so a
// stateless server can continue the reasoning. Tools that ran on the server are left out: their
// outcome is already in the messages.
const NEXT_TURN_TYPES = new Set(['message', 'function_call', 'reasoning'])

/**
 * The `input` items that carry a result into the next turn: its assistant messages, function
 * calls and reasoning items, as they came. OpenRouter's Responses API is stateless, so the
 * next request sends the whole history: the earlier input, these items, then the new message or
 * your function call outputs.
 *
 * @example
 * const input: ResponsesInputItem[] = [{ role: 'user', content: 'Weather in Paris?' }]
 * const first = await responses({ model, tools, input })
 * const calls = first.output.filter((item) => item.type === 'function_call')
 * input.push(...toInputItems(first), ...calls.map((call) => ({ type: 'function_call_output' as const, call_id: call.call_id, output: '{"celsius":18}' })))
 * const second = await responses({ model, tools, input })
 */
export function toInputItems(result: Pick<ResponseResult, 'output'>): ResponsesInputItem[] {
  const output = Array.isArray(result?.output) ? result.output : []
  return output.filter((item) => NEXT_TURN_TYPES.has(item?.type)) as ResponsesInputItem[]
}
