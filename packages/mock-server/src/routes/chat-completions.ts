import { buildErrorBody } from '../errors'
import type { Exchange } from '../exchange'
import { createGenerationId, type GenerationRecord } from '../generation-store'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import { type ChatAnswer, planChatAnswer, streamedAudioProblem } from './chat-answer'
import { chatChunkEvents, createChunkFactory } from './chat-chunks'
import { buildChatCompletion } from './chat-completion'
import { streamChat } from './chat-stream'
import { buildChatUsage, costOf } from './chat-usage'

/** POST /api/v1/chat/completions: buffered or streamed, shaped like OpenRouter's answers. */
export async function handleChatCompletions(exchange: Exchange): Promise<void> {
  const { body, scenario, state } = exchange
  if (!isRecord(body)) {
    sendError(exchange, 400, 'Invalid JSON body: expected an object')
    return
  }
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    sendError(exchange, 400, 'Input required: specify "prompt" or "messages"')
    return
  }
  const audioProblem = streamedAudioProblem(body)
  if (audioProblem !== undefined) {
    // OpenRouter passes a provider's refusal on with the provider's words in `metadata.raw`.
    const { error } = buildErrorBody(400, 'Provider returned error', 'invalid_request')
    sendJson(exchange, 400, {
      error: { ...error, metadata: { ...error.metadata, provider_name: 'OpenAI', raw: audioProblem } },
    })
    return
  }
  const id = createGenerationId()
  exchange.response.setHeader('x-generation-id', id)
  const created = Math.floor(Date.now() / 1000)
  const answer = planChatAnswer(body, scenario)
  const streamed = body.stream === true
  const usage = buildChatUsage(answer, answer.text)
  const delay = scenario.generationDelayMs ?? 0
  const record: GenerationRecord = {
    id,
    model: answer.model,
    apiType: 'completions',
    streamed,
    tokensPrompt: usage.prompt_tokens,
    tokensCompletion: usage.completion_tokens,
    totalCost: usage.cost,
    finishReason: answer.toolCalls ? 'tool_calls' : 'stop',
    createdAt: new Date(),
    // A stream's record is written when it ends, complete or cut.
    availableAt: streamed ? Number.POSITIVE_INFINITY : Date.now() + delay,
  }
  state.generations.add(record)
  if (streamed) {
    const sent = await streamChat(exchange, answer, id, created)
    if (!exchange.response.writableEnded) cancelRecord(record, sent, answer, scenario.chunks ?? 4)
    record.availableAt = Date.now() + delay
    return
  }
  sendJson(exchange, 200, buildChatCompletion(answer, scenario, id, created))
}

/**
 * A stream the client left (or the emulator cut) is billed for what was generated: the prompt,
 * and the share of the completion sent so far.
 */
function cancelRecord(record: GenerationRecord, sent: number, answer: ChatAnswer, chunks: number): void {
  let total = 0
  for (const _ of chatChunkEvents(answer, createChunkFactory(record.id, record.model, 0), chunks)) total++
  const share = total === 0 ? 0 : Math.min(1, sent / total)
  record.cancelled = true
  record.finishReason = null
  record.tokensCompletion = Math.ceil(record.tokensCompletion * share)
  record.totalCost = costOf(record.tokensPrompt, record.tokensCompletion).total
}
