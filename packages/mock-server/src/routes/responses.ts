import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import { type ScriptedEvent, sendScriptedStream } from '../scripted-stream'
import { planResponsesAnswer } from './responses-answer'
import { failureEvent, responseEvents } from './responses-events'
import { buildResponse, type ResponseEcho } from './responses-result'

// The spec's own words for what a stateless server does with these fields.
const NO_PREVIOUS =
  'previous_response_id is not supported: the Responses API is stateless, no responses are stored. Send the full conversation history in `input` instead.'
const NO_STORE = 'store must be false: the Responses API is stateless, no responses are stored.'

function* counted(events: Iterable<string>, leaveOut: string | undefined): Generator<ScriptedEvent> {
  for (const text of events) {
    if (leaveOut !== undefined && text.startsWith(leaveOut)) continue
    yield { text, counted: true }
  }
}

/**
 * POST /api/v1/responses: OpenRouter's stateless Responses API, buffered or streamed as
 * OpenAI-style events (`event: <type>` + `data: {type, ...}`), ending with `response.completed`
 * and `data: [DONE]`.
 */
export async function handleResponses(exchange: Exchange): Promise<void> {
  const { body, scenario, state } = exchange
  if (!isRecord(body)) {
    sendError(exchange, 400, 'Invalid JSON body: expected an object')
    return
  }
  if (body.previous_response_id !== undefined && body.previous_response_id !== null) {
    sendError(exchange, 400, NO_PREVIOUS)
    return
  }
  if (body.store === true) {
    sendError(exchange, 400, NO_STORE)
    return
  }
  const { input } = body
  if (!(typeof input === 'string' && input !== '') && !(Array.isArray(input) && input.length > 0)) {
    sendError(exchange, 400, 'Input required: specify "input" as a string or a non-empty array of items')
    return
  }
  const id = createGenerationId()
  exchange.response.setHeader('x-generation-id', id)
  const echo: ResponseEcho = { id, createdAt: Math.floor(Date.now() / 1000), body }
  const answer = planResponsesAnswer(body, scenario)
  const streamed = body.stream === true
  state.generations.add({
    id,
    model: answer.model,
    apiType: 'completions',
    streamed,
    tokensPrompt: answer.inputTokens,
    tokensCompletion: answer.outputTokens,
    totalCost: 0,
    finishReason: answer.functionCall ? 'tool_calls' : 'stop',
    createdAt: new Date(),
  })
  if (!streamed) {
    sendJson(exchange, 200, buildResponse(echo, answer, scenario))
    return
  }
  await sendScriptedStream(exchange, {
    // `noDone`: a truncated stream, ending cleanly before `response.completed`.
    events: counted(
      responseEvents(echo, answer, scenario.chunks ?? 4),
      scenario.noDone === true ? 'event: response.completed' : undefined,
    ),
    error: () => failureEvent(echo, answer, scenario),
    end: () => (scenario.noDone === true ? '' : 'data: [DONE]\n\n'),
  })
}
