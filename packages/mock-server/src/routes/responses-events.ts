import type { Scenario } from '../scenario'
import type { ResponsesAnswer } from './responses-answer'
import {
  annotations,
  answerItem,
  failure,
  output,
  type ResponseEcho,
  reasoningItem,
  snapshot,
} from './responses-result'
import { splitText } from './split-text'

type Json = Record<string, unknown>

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
