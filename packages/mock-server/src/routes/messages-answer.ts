import { randomBytes } from 'node:crypto'
import { isRecord } from '../is-record'
import type { Scenario } from '../scenario'
import { sampleArguments } from './sample-arguments'
import { wantsWebSearch, webSearchLocations } from './web-search'

/** What the emulated assistant answers on /messages, decided from the request and the scenario. */
export interface MessagesAnswer {
  model: string
  text: string
  /** Present when the request enabled `thinking`. */
  thinking?: { text: string; signature: string }
  /** Present when the request has `tools` and the last turn is not a tool result. */
  toolUse?: { id: string; name: string; input: string }
  /** `web_search_result_location` citations of the text block, when the request asked for web search. */
  citations?: Record<string, unknown>[]
  inputTokens: number
  outputTokens: number
}

const THINKING_TEXT = 'The user wants a short answer. I will reply briefly and clearly.'

function wantsThinking(thinking: unknown): boolean {
  return isRecord(thinking) && thinking.type !== 'disabled'
}

function pickTool(body: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Array.isArray(body.tools)) return undefined
  const choice = isRecord(body.tool_choice) ? body.tool_choice : {}
  if (choice.type === 'none') return undefined
  // Custom tools only: a server tool (`web_search_20250305`, ...) runs on the server, not as a tool_use.
  const tools = body.tools.filter(
    (tool) => isRecord(tool) && (tool.type === undefined || tool.type === 'custom'),
  )
  return tools.find((tool) => choice.type === 'tool' && tool.name === choice.name) ?? tools[0]
}

/** True when the last message is a user turn answering a tool call: the model then replies in text. */
function answersToolResult(messages: unknown[]): boolean {
  const last = messages[messages.length - 1]
  if (!isRecord(last) || last.role !== 'user' || !Array.isArray(last.content)) return false
  return last.content.some((block) => isRecord(block) && block.type === 'tool_result')
}

const estimateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4))

/** Decides the answer for a validated /messages request (`messages` is a non-empty array). */
export function planMessagesAnswer(body: Record<string, unknown>, scenario: Scenario): MessagesAnswer {
  const messages = body.messages as unknown[]
  const model = typeof body.model === 'string' && body.model !== '' ? body.model : 'openrouter/auto'
  const text = scenario.text ?? `Hello from the OpenRouter emulator, answering as ${model}.`
  const answer: MessagesAnswer = {
    model,
    text,
    inputTokens: estimateTokens(JSON.stringify([body.system ?? '', messages])),
    outputTokens: 0,
  }
  if (wantsThinking(body.thinking)) {
    answer.thinking = { text: THINKING_TEXT, signature: randomBytes(24).toString('base64') }
  }
  const search = wantsWebSearch(body)
  if (search !== undefined) answer.citations = webSearchLocations(search.maxResults)
  const tool = pickTool(body)
  if (tool !== undefined && !answersToolResult(messages)) {
    answer.toolUse = {
      id: `toolu_${randomBytes(12).toString('hex')}`,
      name: typeof tool.name === 'string' ? tool.name : 'tool',
      input: JSON.stringify(sampleArguments(tool.input_schema)),
    }
  }
  answer.outputTokens = estimateTokens(
    `${answer.thinking?.text ?? ''}${answer.text}${answer.toolUse?.input ?? ''}`,
  )
  return answer
}
