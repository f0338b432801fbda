// The response object of /responses (spec `OpenResponsesResult`): the buffered answer, and the
// snapshots and items its stream events carry.
import type { Scenario } from '../scenario'
import { PROVIDER_NAME } from './chat-chunks'
import { costOf } from './chat-usage'
import type { ResponsesAnswer } from './responses-answer'
import { splitText } from './split-text'

type Json = Record<string, unknown>

/** The request fields a response echoes back (spec `BaseResponsesResult`). */
export interface ResponseEcho {
  id: string
  createdAt: number
  body: Json
}

function usage(answer: ResponsesAnswer): Json {
  const cost = costOf(answer.inputTokens, answer.outputTokens)
  return {
    input_tokens: answer.inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: answer.outputTokens,
    output_tokens_details: { reasoning_tokens: answer.reasoningTokens },
    total_tokens: answer.inputTokens + answer.outputTokens,
    cost: cost.total,
    is_byok: false,
    cost_details: {
      upstream_inference_cost: null,
      upstream_inference_input_cost: cost.prompt,
      upstream_inference_output_cost: cost.completion,
    },
  }
}

/** A response object with the given status and output. */
export function snapshot(echo: ResponseEcho, answer: ResponsesAnswer, status: string, output: Json[]): Json {
  const { body } = echo
  const done = status === 'completed' || status === 'failed'
  return {
    id: echo.id,
    object: 'response',
    created_at: echo.createdAt,
    model: answer.model,
    provider: PROVIDER_NAME,
    status,
    completed_at: done ? Math.floor(Date.now() / 1000) : null,
    output,
    error: null,
    incomplete_details: null,
    instructions: body.instructions ?? null,
    metadata: body.metadata ?? null,
    tools: Array.isArray(body.tools) ? body.tools : [],
    tool_choice: body.tool_choice ?? 'auto',
    parallel_tool_calls: body.parallel_tool_calls ?? true,
    temperature: body.temperature ?? null,
    top_p: body.top_p ?? null,
    presence_penalty: body.presence_penalty ?? null,
    frequency_penalty: body.frequency_penalty ?? null,
    max_output_tokens: body.max_output_tokens ?? null,
    usage: done ? usage(answer) : null,
  }
}

export function reasoningItem(answer: ResponsesAnswer): Json | undefined {
  const { reasoning } = answer
  if (reasoning === undefined) return undefined
  return {
    type: 'reasoning',
    id: reasoning.id,
    summary: [{ type: 'summary_text', text: reasoning.summary }],
    encrypted_content: reasoning.encrypted,
    status: 'completed',
  }
}

export function annotations(answer: ResponsesAnswer, text: string): Json[] {
  if (answer.citation === undefined) return []
  return [{ type: 'url_citation', ...answer.citation, start_index: 0, end_index: Math.min(text.length, 5) }]
}

/** The output item after the reasoning: the function call, or the message holding `text`. */
export function answerItem(answer: ResponsesAnswer, text: string): Json {
  const call = answer.functionCall
  if (call !== undefined) {
    return {
      type: 'function_call',
      id: call.id,
      call_id: call.callId,
      name: call.name,
      arguments: call.arguments,
      status: 'completed',
    }
  }
  const part = { type: 'output_text', text, annotations: annotations(answer, text), logprobs: [] }
  return { type: 'message', id: answer.messageId, role: 'assistant', status: 'completed', content: [part] }
}

export function output(answer: ResponsesAnswer, text: string): Json[] {
  const reasoning = reasoningItem(answer)
  return reasoning === undefined ? [answerItem(answer, text)] : [reasoning, answerItem(answer, text)]
}

/** What a failure carries: the Responses API's string code, or a number as given. */
export function failure(code: number | string) {
  return {
    code,
    message:
      code === 'rate_limit_exceeded' || code === 429 ? 'Rate limit exceeded' : 'Provider returned error',
  }
}

/**
 * The buffered answer (spec `OpenResponsesResult`). With `errorAfter`, the 200 of a response
 * that failed after generation started: `status: 'failed'`, `error`, and the text so far.
 */
export function buildResponse(echo: ResponseEcho, answer: ResponsesAnswer, scenario: Scenario): Json {
  if (scenario.errorAfter === undefined)
    return snapshot(echo, answer, 'completed', output(answer, answer.text))
  const partial = splitText(answer.text, scenario.chunks ?? 4)
    .slice(0, scenario.errorAfter)
    .join('')
  const result = snapshot(echo, answer, 'failed', [
    { ...answerItem({ ...answer, functionCall: undefined }, partial), status: 'incomplete' },
  ])
  result.error = failure(scenario.errorCode ?? 'server_error')
  return result
}
