import type { ChatAnswer } from './chat-answer'

/** The usage object OpenRouter returns for chat (spec `ChatUsage`). */
export interface ChatUsage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
  cost: number
  is_byok: boolean
  prompt_tokens_details: { cached_tokens: number }
  completion_tokens_details: { reasoning_tokens: number }
  cost_details: {
    upstream_inference_cost: null
    upstream_inference_prompt_cost: number
    upstream_inference_completions_cost: number
  }
  server_tool_use_details?: { web_search_requests: number }
}

const PROMPT_PRICE = 0.000001
const COMPLETION_PRICE = 0.000002

function round(value: number): number {
  return Number(value.toFixed(9))
}

/** The cost of a generation at the emulator's fixed prices, in credits (USD). */
export function costOf(promptTokens: number, completionTokens: number) {
  const prompt = round(promptTokens * PROMPT_PRICE)
  const completion = round(completionTokens * COMPLETION_PRICE)
  return { prompt, completion, total: round(prompt + completion) }
}

/** Estimates usage (about 4 characters a token) and cost at fixed emulator prices. */
export function buildChatUsage(answer: ChatAnswer, completionText: string): ChatUsage {
  const reasoningTokens = answer.reasoning ? Math.ceil(answer.reasoning.text.length / 4) : 0
  const output = answer.toolCalls?.map((call) => call.arguments).join('') ?? completionText
  const completionTokens = Math.max(1, Math.ceil(output.length / 4)) + reasoningTokens
  const cost = costOf(answer.promptTokens, completionTokens)
  const usage: ChatUsage = {
    prompt_tokens: answer.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: answer.promptTokens + completionTokens,
    cost: cost.total,
    is_byok: false,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
    cost_details: {
      upstream_inference_cost: null,
      upstream_inference_prompt_cost: cost.prompt,
      upstream_inference_completions_cost: cost.completion,
    },
  }
  if (answer.citations !== undefined) usage.server_tool_use_details = { web_search_requests: 1 }
  return usage
}
