import { invalidRequest } from '@orsdk/transport/protocol'
import type { AssistantMessage, ToolCall } from './message-types.js'
import type { ChatCompletion, CompletionChoice, FileAnnotation, ResponseToolCall } from './response-types.js'

/**
 * The assistant message to append to `messages` for the next turn, built as OpenRouter's
 * reasoning and tool-calling guides do it by hand: `content` as it came, `tool_calls` with ids
 * made unique and non-empty (a provider that sends `""` or the same id twice breaks the turn
 * after) and arguments as sent (`'{}'` when none), `reasoning_details` in order and untouched
 * (signatures and encrypted data are what the provider checks), and the `file` annotations of a
 * parsed PDF, which spare parsing it again. URL citations are for display and stay behind, as
 * do `reasoning` (its text is in `reasoning_details`), `refusal` and generated images; an audio
 * answer is referenced by its id.
 *
 * Works on a buffered `chat()` completion and on `finalCompletion()` alike.
 *
 * @param choice the `index` of the choice to continue; default 0.
 * @throws `OpenRouterError` of kind `invalid_request` when the completion has no such choice.
 * @example
 * import { chat, toAssistantMessage } from '@orsdk/chat'
 * const completion = await chat({ model, messages, tools })
 * messages.push(toAssistantMessage(completion))
 * for (const call of messages.at(-1).tool_calls ?? [])
 *   messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(await run(call)) })
 */
export function toAssistantMessage(completion: ChatCompletion, choice = 0): AssistantMessage {
  const picked = pickChoice(completion, choice)
  const source = picked.message ?? { role: 'assistant', content: null }
  const message: AssistantMessage = { role: 'assistant', content: source.content ?? null }
  if (Array.isArray(source.tool_calls) && source.tool_calls.length > 0)
    message.tool_calls = withUniqueIds(source.tool_calls)
  if (Array.isArray(source.reasoning_details) && source.reasoning_details.length > 0)
    message.reasoning_details = [...source.reasoning_details]
  const files = Array.isArray(source.annotations)
    ? source.annotations.filter((annotation): annotation is FileAnnotation => annotation?.type === 'file')
    : []
  if (files.length > 0) message.annotations = files
  if (typeof source.audio?.id === 'string') message.audio = { id: source.audio.id }
  return message
}

function pickChoice(completion: ChatCompletion, index: number): CompletionChoice {
  const choices = Array.isArray(completion?.choices) ? completion.choices : []
  const picked = choices.find((choice) => choice?.index === index) ?? choices[index]
  if (picked === undefined || picked === null)
    throw invalidRequest(
      `toAssistantMessage: choice ${index}: the completion has ${choices.length} choice(s); pass the index of one`,
    )
  return picked
}

function withUniqueIds(calls: ResponseToolCall[]): ToolCall[] {
  const seen = new Set<string>()
  return calls.map((call) => {
    let id = typeof call?.id === 'string' ? call.id : ''
    if (id === '' || seen.has(id)) id = newToolCallId()
    seen.add(id)
    const fn = call?.function
    const args = typeof fn?.arguments === 'string' && fn.arguments !== '' ? fn.arguments : '{}'
    return {
      id,
      type: (call?.type ?? 'function') as ToolCall['type'],
      function: { name: fn?.name ?? '', arguments: args },
    }
  })
}

/** A fresh id in OpenAI's `call_` form: 24 random hex digits, so it cannot collide with another turn's. */
function newToolCallId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return `call_${hex}`
}
