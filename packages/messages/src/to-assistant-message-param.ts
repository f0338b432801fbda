import type { ContentBlockParam, MessageParam } from './request-types.js'
import type { ContentBlock, Message } from './response-types.js'

type Json = Record<string, unknown>

/**
 * The assistant turn to append to `messages` for the next request, from a `messages()` answer
 * or `finalMessage()`: every content block in order, with what the API checks left untouched
 * (thinking blocks with their `signature`, `redacted_thinking` data, server tool blocks and
 * their results, text with its citations) and only what it does not take removed:
 * `tool_use` ids made unique and non-empty, `partial_json` (a cut input's raw text) and
 * `citations: null` dropped, and empty text blocks left out (the API refuses them).
 *
 * @example
 * import { messages, toAssistantMessageParam } from '@orsdk/messages'
 * const answer = await messages({ model, max_tokens: 1024, tools, messages: history })
 * history.push(toAssistantMessageParam(answer))
 * const calls = answer.content.filter((block) => block.type === 'tool_use')
 * history.push({ role: 'user', content: calls.map((call) => ({ type: 'tool_result', tool_use_id: call.id, content: run(call) })) })
 */
export function toAssistantMessageParam(message: Message): MessageParam {
  const seen = new Set<string>()
  const content: ContentBlockParam[] = []
  for (const block of Array.isArray(message?.content) ? message.content : []) {
    if (typeof block !== 'object' || block === null) continue
    const param = toParam(block, seen)
    if (param !== undefined) content.push(param)
  }
  return { role: 'assistant', content }
}

function toParam(block: ContentBlock, seen: Set<string>): ContentBlockParam | undefined {
  const { partial_json: _raw, ...rest } = block as unknown as Json
  switch (block.type) {
    case 'text': {
      if (block.text === '') return undefined
      const text: Json = { type: 'text', text: block.text }
      if (Array.isArray(block.citations) && block.citations.length > 0) text.citations = block.citations
      return text as unknown as ContentBlockParam
    }
    case 'tool_use': {
      let id = typeof block.id === 'string' ? block.id : ''
      if (id === '' || seen.has(id)) id = newToolUseId()
      seen.add(id)
      return { type: 'tool_use', id, name: block.name, input: block.input ?? {} }
    }
    default:
      // Thinking, redacted thinking, server tool calls and results, newer blocks: as sent.
      return rest as unknown as ContentBlockParam
  }
}

/** A fresh id in Anthropic's `toolu_` form: 24 random hex digits, so it cannot collide. */
function newToolUseId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return `toolu_${hex}`
}
