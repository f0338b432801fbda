import { buildErrorBody } from '../errors'
import type { Exchange } from '../exchange'
import { createGenerationId } from '../generation-store'
import { isRecord } from '../is-record'
import { sendError, sendJson } from '../respond'
import { planChatAnswer, streamedAudioProblem } from './chat-answer'
import { buildChatCompletion } from './chat-completion'
import { streamChat } from './chat-stream'
import { buildChatUsage } from './chat-usage'

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
  state.generations.add({
    id,
    model: answer.model,
    apiType: 'completions',
    streamed,
    tokensPrompt: usage.prompt_tokens,
    tokensCompletion: usage.completion_tokens,
    totalCost: usage.cost,
    finishReason: answer.toolCall ? 'tool_calls' : 'stop',
    createdAt: new Date(),
  })
  if (streamed) {
    await streamChat(exchange, answer, id, created)
    return
  }
  sendJson(exchange, 200, buildChatCompletion(answer, scenario, id, created))
}
