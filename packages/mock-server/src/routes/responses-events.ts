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
function snapshot(echo: ResponseEcho, answer: ResponsesAnswer, status: string, output: Json[]): Json {
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

function reasoningItem(answer: ResponsesAnswer): Json | undefined {
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

function annotations(answer: ResponsesAnswer, text: string): Json[] {
  if (answer.citation === undefined) return []
  return [{ type: 'url_citation', ...answer.citation, start_index: 0, end_index: Math.min(text.length, 5) }]
}

/** The output item after the reasoning: the function call, or the message holding `text`. */
function answerItem(answer: ResponsesAnswer, text: string): Json {
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

function output(answer: ResponsesAnswer, text: string): Json[] {
  const reasoning = reasoningItem(answer)
  return reasoning === undefined ? [answerItem(answer, text)] : [reasoning, answerItem(answer, text)]
}

/** What a failure carries: the Responses API's string code, or a number as given. */
function failure(code: number | string) {
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

/** Serializes one event as OpenAI's Responses stream does: the name twice, as `event:` and `type`. */
function encode(type: string, sequence: number, fields: string): string {
  return `event: ${type}\ndata: {"type":"${type}",${fields},"sequence_number":${sequence}}\n\n`
}

/** The stream's events, one SSE event each, in OpenAI's order; `textChunks` text deltas. */
export function* responseEvents(
  echo: ResponseEcho,
  answer: ResponsesAnswer,
  textChunks: number,
): Generator<string> {
  let sequence = 0
  const event = (type: string, fields: Json) => encode(type, sequence++, JSON.stringify(fields).slice(1, -1))
  const inProgress = snapshot(echo, answer, 'in_progress', [])
  yield event('response.created', { response: inProgress })
  yield event('response.in_progress', { response: inProgress })
  let index = 0
  const reasoning = reasoningItem(answer)
  if (reasoning !== undefined && answer.reasoning !== undefined) {
    const at = { item_id: answer.reasoning.id, output_index: index, summary_index: 0 }
    const summary = answer.reasoning.summary
    yield event('response.output_item.added', {
      output_index: index,
      item: { ...reasoning, summary: [], encrypted_content: null, status: 'in_progress' },
    })
    yield event('response.reasoning_summary_part.added', { ...at, part: { type: 'summary_text', text: '' } })
    for (const delta of splitText(summary, 3))
      yield event('response.reasoning_summary_text.delta', { ...at, delta })
    yield event('response.reasoning_summary_text.done', { ...at, text: summary })
    yield event('response.reasoning_summary_part.done', {
      ...at,
      part: { type: 'summary_text', text: summary },
    })
    yield event('response.output_item.done', { output_index: index, item: reasoning })
    index++
  }
  const item = answerItem(answer, answer.text)
  const call = answer.functionCall
  if (call !== undefined) {
    const at = { item_id: call.id, output_index: index }
    yield event('response.output_item.added', {
      output_index: index,
      item: { ...item, arguments: '', status: 'in_progress' },
    })
    for (const delta of splitText(call.arguments, Math.max(1, textChunks - 1)))
      yield event('response.function_call_arguments.delta', { ...at, delta })
    yield event('response.function_call_arguments.done', {
      ...at,
      name: call.name,
      arguments: call.arguments,
    })
  } else {
    const at = { item_id: answer.messageId, output_index: index, content_index: 0 }
    const head = `"item_id":"${answer.messageId}","output_index":${index},"content_index":0`
    const notes = annotations(answer, answer.text)
    yield event('response.output_item.added', {
      output_index: index,
      item: { ...item, status: 'in_progress', content: [] },
    })
    yield event('response.content_part.added', {
      ...at,
      part: { type: 'output_text', text: '', annotations: [], logprobs: [] },
    })
    // Deltas from a template: long benchmark streams are made of them.
    for (const delta of splitText(answer.text, textChunks))
      yield encode(
        'response.output_text.delta',
        sequence++,
        `${head},"delta":${JSON.stringify(delta)},"logprobs":[]`,
      )
    for (const [annotationIndex, annotation] of notes.entries())
      yield event('response.output_text.annotation.added', {
        ...at,
        annotation_index: annotationIndex,
        annotation,
      })
    yield event('response.output_text.done', { ...at, text: answer.text, logprobs: [] })
    yield event('response.content_part.done', { ...at, part: (item.content as Json[])[0] })
  }
  yield event('response.output_item.done', { output_index: index, item })
  yield event('response.completed', {
    response: snapshot(echo, answer, 'completed', output(answer, answer.text)),
  })
}

/** The in-band failure `errorAfter` sends: `response.failed` (the default) or an `error` event. */
export function failureEvent(echo: ResponseEcho, answer: ResponsesAnswer, scenario: Scenario): string {
  const code = scenario.errorCode ?? 'server_error'
  if (scenario.errorEvent === 'error') {
    return `event: error\ndata: ${JSON.stringify({ type: 'error', ...failure(code), param: null })}\n\n`
  }
  const response = { ...snapshot(echo, answer, 'failed', []), error: failure(code) }
  return `event: response.failed\ndata: ${JSON.stringify({ type: 'response.failed', response })}\n\n`
}
