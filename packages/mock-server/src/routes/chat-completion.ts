import { buildErrorBody } from '../errors'
import type { Scenario } from '../scenario'
import type { ChatAnswer } from './chat-answer'
import { PROVIDER_NAME, SYSTEM_FINGERPRINT } from './chat-chunks'
import { buildChatUsage } from './chat-usage'
import { splitText } from './split-text'

function buildMessage(answer: ChatAnswer, content: string): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content, refusal: null }
  if (answer.reasoning !== undefined) {
    message.reasoning = answer.reasoning.text
    message.reasoning_details = [
      {
        type: 'reasoning.text',
        text: answer.reasoning.text,
        signature: answer.reasoning.signature,
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ]
  }
  if (answer.toolCalls !== undefined) {
    message.content = ''
    message.tool_calls = answer.toolCalls.map(({ id, name, arguments: args }) => ({
      id,
      type: 'function',
      function: { name, arguments: args },
    }))
  }
  if (answer.citations !== undefined) message.annotations = answer.citations
  if (answer.audio !== undefined) {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600
    message.audio = { ...answer.audio, expires_at: expiresAt }
  }
  return message
}

/**
 * Builds a buffered `chat.completion`. With `errorAfter`, it is the 200 OpenRouter sends when a provider
 * fails after generation started: partial content, `finish_reason: 'error'` and `choices[0].error`.
 */
export function buildChatCompletion(answer: ChatAnswer, scenario: Scenario, id: string, created: number) {
  const failed = scenario.errorAfter !== undefined
  const content = failed
    ? splitText(answer.text, scenario.chunks ?? 4)
        .slice(0, scenario.errorAfter)
        .join('')
    : answer.text
  const finishReason = failed ? 'error' : answer.toolCalls ? 'tool_calls' : 'stop'
  const choice: Record<string, unknown> = {
    index: 0,
    logprobs: null,
    finish_reason: finishReason,
    native_finish_reason: finishReason,
    message: buildMessage(answer, content),
  }
  if (failed) choice.error = buildErrorBody(scenario.errorCode ?? 502).error
  return {
    id,
    provider: PROVIDER_NAME,
    model: answer.model,
    object: 'chat.completion',
    created,
    choices: [choice],
    system_fingerprint: SYSTEM_FINGERPRINT,
    usage: buildChatUsage(answer, content),
  }
}
