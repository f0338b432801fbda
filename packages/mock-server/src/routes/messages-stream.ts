import { buildAnthropicErrorBody } from '../anthropic-errors'
import type { Exchange } from '../exchange'
import { type ScriptedEvent, sendScriptedStream } from '../scripted-stream'
import type { MessagesAnswer } from './messages-answer'
import { buildMessageEvents, encodeMessagesEvent, type MessagesEvent } from './messages-events'

/** The in-band error Anthropic sends mid-stream: `event: error` with the envelope (no request_id). */
function errorEvent(code: number | string): string {
  const { type, error } = buildAnthropicErrorBody(code)
  return `event: error\ndata: ${JSON.stringify({ type, error })}\n\n`
}

function* scripted(events: MessagesEvent[]): Generator<ScriptedEvent> {
  for (const event of events) yield { text: encodeMessagesEvent(event), counted: event.name !== 'ping' }
}

/**
 * Streams a /messages answer as Anthropic-style SSE, applying the scenario. "After N" counts
 * events other than `ping`, from `message_start`; `noDone` leaves out `message_stop`.
 */
export async function streamMessages(exchange: Exchange, answer: MessagesAnswer, id: string): Promise<void> {
  const { scenario } = exchange
  let events = buildMessageEvents(answer, id, scenario.chunks ?? 4)
  if (scenario.noDone === true) events = events.filter((event) => event.name !== 'message_stop')
  await sendScriptedStream(exchange, {
    events: scripted(events),
    error: () => errorEvent(scenario.errorCode ?? 529),
    end: () => '',
  })
}
