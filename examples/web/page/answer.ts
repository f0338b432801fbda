// One answer: stream it into its view, run the tools the model calls and stream again, then
// show what it cost.
import type { AssistantMessage, ChatMessage, ChatUsage, ToolCall } from '@orsdk/chat'
import type { ModelChoice } from '../src/models-route'
import { localTimeTool, runTool } from './local-time-tool'
import type { MessageView } from './message-view'
import { streamChat } from './server-api'

/** Tool rounds before the page stops asking (a model that keeps calling tools). */
const MAX_TOOL_ROUNDS = 4

export interface AnswerOptions {
  model: ModelChoice
  reasoning: boolean
  tools: boolean
  signal: AbortSignal
}

interface Step {
  message: AssistantMessage
  usage: ChatUsage | undefined
}

async function streamStep(
  history: ChatMessage[],
  options: AnswerOptions,
  view: MessageView,
  round: number,
): Promise<Step> {
  const stream = await streamChat(
    {
      model: options.model.id,
      messages: history,
      reasoning: options.reasoning,
      ...(options.tools ? { tools: [localTimeTool] } : {}),
    },
    options.signal,
  )
  let text = ''
  let usage: ChatUsage | undefined
  const calls: ToolCall[] = []
  for await (const chunk of stream) {
    // The last chunk carries usage and no choices.
    if (chunk.usage !== undefined) usage = chunk.usage
    const delta = chunk.choices[0]?.delta
    if (delta === undefined) continue
    if (delta.reasoning) view.appendReasoning(delta.reasoning)
    if (delta.content) {
      text += delta.content
      view.appendText(delta.content)
    }
    for (const part of delta.tool_calls ?? []) {
      calls[part.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } }
      const call = calls[part.index] as ToolCall
      call.id += part.id ?? ''
      call.function.name += part.function?.name ?? ''
      call.function.arguments += part.function?.arguments ?? ''
      view.showToolCall(`${round}:${part.index}`, call.function.name, call.function.arguments)
    }
  }
  const message: AssistantMessage = { role: 'assistant', content: text }
  if (calls.length > 0) message.tool_calls = calls.filter((call) => call !== undefined)
  return { message, usage }
}

/**
 * Answers the last message of `history`, appending the assistant's turns (and tool results) to
 * it. Rejects with the stream's error (an `OpenRouterError`, or `AbortError` on Stop).
 */
export async function answer(
  history: ChatMessage[],
  options: AnswerOptions,
  view: MessageView,
): Promise<void> {
  const usages: ChatUsage[] = []
  for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
    const step = await streamStep(history, options, view, round)
    history.push(step.message)
    if (step.usage !== undefined) usages.push(step.usage)
    const calls = step.message.tool_calls ?? []
    if (calls.length === 0) break
    calls.forEach((call, index) => {
      const result = runTool(call.function.name)
      view.showToolCall(`${round}:${index}`, call.function.name, call.function.arguments, result)
      history.push({ role: 'tool', tool_call_id: call.id, content: result })
    })
    view.nextStep()
  }
  if (usages.length > 0) view.addMeta(describeCost(usages, options.model))
}

/** "$0.000042 · 12 in / 30 out tokens": OpenRouter's `usage.cost`, or an estimate from the catalog price. */
export function describeCost(usages: ChatUsage[], model: ModelChoice): string {
  const input = usages.reduce((sum, usage) => sum + usage.prompt_tokens, 0)
  const output = usages.reduce((sum, usage) => sum + usage.completion_tokens, 0)
  const tokens = `${input} in / ${output} out tokens`
  if (usages.every((usage) => typeof usage.cost === 'number')) {
    return `${dollars(usages.reduce((sum, usage) => sum + (usage.cost ?? 0), 0))} · ${tokens}`
  }
  if (model.promptPerMillion === null || model.completionPerMillion === null) return tokens
  const estimate = (input * model.promptPerMillion + output * model.completionPerMillion) / 1_000_000
  return `≈ ${dollars(estimate)} · ${tokens}`
}

function dollars(amount: number): string {
  if (amount === 0) return '$0'
  return amount >= 0.01 ? `$${amount.toFixed(2)}` : `$${amount.toPrecision(2)}`
}
