import type { MessagesAnswer } from './messages-answer'
import { splitText } from './split-text'

/** One Anthropic SSE event before serialization. `ping`s are not counted as chunks. */
export interface MessagesEvent {
  name: string
  data: Record<string, unknown>
}

type Block = Record<string, unknown>

function usage(answer: MessagesAnswer, outputTokens: number) {
  return {
    input_tokens: answer.inputTokens,
    output_tokens: outputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
  }
}

function stopReason(answer: MessagesAnswer): string {
  return answer.toolUse ? 'tool_use' : 'end_turn'
}

/** The content blocks of the answer, complete, in order: thinking, text, tool_use. */
function blocks(answer: MessagesAnswer): Block[] {
  const content: Block[] = []
  if (answer.thinking) {
    content.push({ type: 'thinking', thinking: answer.thinking.text, signature: answer.thinking.signature })
  }
  content.push(
    answer.citations === undefined
      ? { type: 'text', text: answer.text }
      : { type: 'text', text: answer.text, citations: answer.citations },
  )
  if (answer.toolUse) {
    const { id, name, input } = answer.toolUse
    content.push({ type: 'tool_use', id, name, input: JSON.parse(input) })
  }
  return content
}

/** The buffered answer (spec `MessagesResult`). */
export function buildMessage(answer: MessagesAnswer, id: string): Record<string, unknown> {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model: answer.model,
    content: blocks(answer),
    stop_reason: stopReason(answer),
    stop_sequence: null,
    usage: usage(answer, answer.outputTokens),
    provider: 'EmulatorProvider',
  }
}

const ping = (): MessagesEvent => ({ name: 'ping', data: { type: 'ping' } })
const event = (name: string, data: Record<string, unknown>): MessagesEvent => ({
  name,
  data: { type: name, ...data },
})

function blockEvents(index: number, start: Block, deltas: Block[]): MessagesEvent[] {
  return [
    event('content_block_start', { index, content_block: start }),
    ...deltas.map((delta) => event('content_block_delta', { index, delta })),
    event('content_block_stop', { index }),
  ]
}

/**
 * The stream of an answer in Anthropic's order (fixtures/messages-stream.openapi-examples.sse):
 * message_start, a ping, one block after another (thinking with a signature_delta, text split
 * across `textChunks` deltas, tool_use with its JSON input split across deltas), message_delta,
 * message_stop.
 */
export function buildMessageEvents(answer: MessagesAnswer, id: string, textChunks: number): MessagesEvent[] {
  const message = { ...buildMessage(answer, id), content: [], stop_reason: null, usage: usage(answer, 1) }
  const events = [event('message_start', { message }), ping()]
  let index = 0
  if (answer.thinking) {
    const deltas: Block[] = splitText(answer.thinking.text, 3).map((thinking) => ({
      type: 'thinking_delta',
      thinking,
    }))
    deltas.push({ type: 'signature_delta', signature: answer.thinking.signature })
    events.push(...blockEvents(index++, { type: 'thinking', thinking: '', signature: '' }, deltas))
  }
  const textDeltas: Block[] = splitText(answer.text, textChunks).map((text) => ({ type: 'text_delta', text }))
  for (const citation of answer.citations ?? []) textDeltas.push({ type: 'citations_delta', citation })
  events.push(...blockEvents(index++, { type: 'text', text: '' }, textDeltas))
  if (answer.toolUse) {
    const { id: toolId, name, input } = answer.toolUse
    const deltas = splitText(input, 3).map((partial) => ({ type: 'input_json_delta', partial_json: partial }))
    events.push(...blockEvents(index++, { type: 'tool_use', id: toolId, name, input: {} }, deltas))
  }
  events.push(
    ping(),
    event('message_delta', {
      delta: { stop_reason: stopReason(answer), stop_sequence: null },
      usage: usage(answer, answer.outputTokens),
    }),
    event('message_stop', {}),
  )
  return events
}

/** Serializes one event as SSE. */
export function encodeMessagesEvent({ name, data }: MessagesEvent): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`
}
