import {
  type AssistantMessage,
  type ChatCompletion,
  type ChatMessage,
  type ChatParams,
  type ChatTool,
  type ChatUsage,
  CompletionAccumulator,
  chat,
  chatStream,
  toAssistantMessage,
} from '@orsdk/chat'
import type { CallOptions } from '@orsdk/transport'
import { addUsage } from './add-usage.js'
import type { ModelAdapter, StepDelta } from './model-adapter.js'

type ChatAdapter = ModelAdapter<ChatMessage, ChatCompletion, ChatUsage>

/**
 * The tool loop's adapter for /chat/completions: each step is a `chat()` call (or a `chatStream()`
 * read to the end, yielding its text), the assistant turn is `toAssistantMessage`, and results go
 * back as `tool` messages.
 */
export function chatAdapter(
  params: Omit<ChatParams, 'messages' | 'tools'>,
  tools: ChatTool[],
  call: CallOptions,
  streaming: boolean,
): ChatAdapter {
  return {
    async *step(messages, signal) {
      const request: ChatParams = { ...params, messages: [...messages], tools }
      const options = { ...call, signal }
      const completion = streaming ? yield* readStream(request, options) : await chat(request, options)
      const message = withFreshIds(toAssistantMessage(completion), messages)
      const calls = (message.tool_calls ?? []).map((entry) => ({
        id: entry.id,
        name: entry.function.name,
        arguments: entry.function.arguments,
      }))
      return { result: completion, message, calls, usage: completion.usage }
    },
    toolMessages: (outcomes) =>
      outcomes.map((outcome) => ({ role: 'tool', tool_call_id: outcome.call.id, content: outcome.content })),
    emptyUsage: () => ({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 }),
    addUsage,
  }
}

async function* readStream(
  request: ChatParams,
  options: CallOptions,
): AsyncGenerator<StepDelta, ChatCompletion> {
  const stream = await chatStream(request, options)
  const accumulator = new CompletionAccumulator(stream.generationId)
  for await (const chunk of stream) {
    accumulator.add(chunk)
    const delta = chunk.choices?.[0]?.delta
    if (typeof delta?.reasoning === 'string' && delta.reasoning !== '')
      yield { type: 'reasoning-delta', text: delta.reasoning }
    if (typeof delta?.content === 'string' && delta.content !== '')
      yield { type: 'text-delta', text: delta.content }
  }
  return accumulator.result()
}

/**
 * Tool-call ids unique in the whole conversation: `toAssistantMessage` fixes one turn, and some
 * providers reuse ids from turn to turn (`call_0` every time), which breaks the turn after.
 */
function withFreshIds(message: AssistantMessage, conversation: readonly ChatMessage[]): AssistantMessage {
  if (message.tool_calls === undefined) return message
  const used = new Set<string>()
  for (const earlier of conversation)
    if (earlier.role === 'assistant') for (const entry of earlier.tool_calls ?? []) used.add(entry.id)
  if (!message.tool_calls.some((entry) => used.has(entry.id))) return message
  const tool_calls = message.tool_calls.map((entry) =>
    used.has(entry.id) ? { ...entry, id: freshId() } : entry,
  )
  return { ...message, tool_calls }
}

function freshId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return `call_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
