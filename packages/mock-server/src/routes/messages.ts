import { buildAnthropicErrorBody } from '../anthropic-errors'
import type { Exchange } from '../exchange'
import { createGenerationId, type GenerationRecord } from '../generation-store'
import { isRecord } from '../is-record'
import { sendJson } from '../respond'
import { planMessagesAnswer } from './messages-answer'
import { buildMessage } from './messages-events'
import { streamMessages } from './messages-stream'

/** Sends Anthropic's error envelope, as /messages does instead of OpenRouter's. */
export function sendAnthropicError(exchange: Exchange, status: number, message?: string): void {
  sendJson(exchange, status, buildAnthropicErrorBody(status, message))
}

/**
 * POST /api/v1/messages: Anthropic's Messages API, buffered or streamed. It checks the key
 * itself (the route is registered with `auth: false`) so a missing key gets Anthropic's
 * envelope too.
 */
export async function handleMessages(exchange: Exchange): Promise<void> {
  const { body, scenario, state } = exchange
  const authorization = exchange.request.headers.authorization
  if (authorization === undefined || !/^Bearer\s+\S/i.test(authorization)) {
    sendAnthropicError(exchange, 401)
    return
  }
  if (!isRecord(body)) {
    sendAnthropicError(exchange, 400, 'Invalid JSON body: expected an object')
    return
  }
  if (typeof body.model !== 'string' || body.model === '') {
    sendAnthropicError(exchange, 400, 'model: Field required')
    return
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    sendAnthropicError(exchange, 400, 'messages: at least one message is required')
    return
  }
  const id = createGenerationId()
  exchange.response.setHeader('x-generation-id', id)
  const answer = planMessagesAnswer(body, scenario)
  const streamed = body.stream === true
  const delay = scenario.generationDelayMs ?? 0
  const record: GenerationRecord = {
    id,
    model: answer.model,
    apiType: 'completions',
    streamed,
    tokensPrompt: answer.inputTokens,
    tokensCompletion: answer.outputTokens,
    totalCost: 0,
    finishReason: answer.toolUse ? 'tool_use' : 'end_turn',
    createdAt: new Date(),
    // A stream's record is written when it ends, complete or cut.
    availableAt: streamed ? Number.POSITIVE_INFINITY : Date.now() + delay,
  }
  state.generations.add(record)
  if (streamed) {
    await streamMessages(exchange, answer, id)
    if (!exchange.response.writableEnded) record.cancelled = true
    record.availableAt = Date.now() + delay
    return
  }
  sendJson(exchange, 200, buildMessage(answer, id))
}
