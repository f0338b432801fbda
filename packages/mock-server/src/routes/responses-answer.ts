import { randomBytes } from 'node:crypto'
import { isRecord } from '../is-record'
import type { Scenario } from '../scenario'
import { defaultText, REASONING_TEXT } from './chat-answer'
import { sampleArguments, sampleValue } from './sample-arguments'

/** What the emulated model answers on /responses, decided from the request and the scenario. */
export interface ResponsesAnswer {
  model: string
  text: string
  /** Present when the request asked for reasoning. */
  reasoning?: { id: string; summary: string; encrypted: string }
  /** Present when the request has function tools and the last input item is not a function call output. */
  functionCall?: { id: string; callId: string; name: string; arguments: string }
  /** A URL citation on the text, when the request turned on web search. */
  citation?: { url: string; title: string }
  messageId: string
  inputTokens: number
  outputTokens: number
  reasoningTokens: number
}

const estimateTokens = (text: string) => Math.max(1, Math.ceil(text.length / 4))
const hex = (bytes: number) => randomBytes(bytes).toString('hex')

function wantsReasoning(reasoning: unknown): boolean {
  return isRecord(reasoning) && reasoning.enabled !== false && reasoning.effort !== 'none'
}

function pickFunction(body: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Array.isArray(body.tools) || body.tool_choice === 'none') return undefined
  const functions = body.tools.filter((tool) => isRecord(tool) && tool.type === 'function')
  const choice = body.tool_choice
  const wanted = isRecord(choice) && choice.type === 'function' ? choice.name : undefined
  return (functions.find((tool) => isRecord(tool) && tool.name === wanted) ?? functions[0]) as
    | Record<string, unknown>
    | undefined
}

function wantsWebSearch(body: Record<string, unknown>): boolean {
  const tools = Array.isArray(body.tools) ? body.tools : []
  const plugins = Array.isArray(body.plugins) ? body.plugins : []
  return (
    tools.some((tool) => isRecord(tool) && /web_search/.test(String(tool.type))) ||
    plugins.some((plugin) => isRecord(plugin) && plugin.id === 'web')
  )
}

/** True when the last input item answers a function call: the model then replies in text. */
function answersFunctionCall(input: unknown): boolean {
  const last = Array.isArray(input) ? input[input.length - 1] : undefined
  return isRecord(last) && last.type === 'function_call_output'
}

/** The JSON Schema of `text.format` when the request asked for structured output. */
function formatSchema(body: Record<string, unknown>): unknown {
  const format = isRecord(body.text) && isRecord(body.text.format) ? body.text.format : undefined
  return format?.type === 'json_schema' ? (format.schema ?? {}) : undefined
}

/** Decides the answer for a validated /responses request. */
export function planResponsesAnswer(body: Record<string, unknown>, scenario: Scenario): ResponsesAnswer {
  const model = typeof body.model === 'string' && body.model !== '' ? body.model : 'openrouter/auto'
  const schema = formatSchema(body)
  const text =
    scenario.text ??
    (schema === undefined ? defaultText(model, scenario.chunks ?? 4) : JSON.stringify(sampleValue(schema)))
  const answer: ResponsesAnswer = {
    model,
    text,
    messageId: `msg_${hex(12)}`,
    inputTokens: estimateTokens(JSON.stringify([body.instructions ?? '', body.input])),
    outputTokens: 0,
    reasoningTokens: 0,
  }
  if (wantsReasoning(body.reasoning)) {
    const encrypted = randomBytes(48).toString('base64')
    answer.reasoning = { id: `rs_${hex(12)}`, summary: REASONING_TEXT, encrypted }
    answer.reasoningTokens = estimateTokens(REASONING_TEXT)
  }
  const tool = pickFunction(body)
  if (tool !== undefined && !answersFunctionCall(body.input)) {
    answer.functionCall = {
      id: `fc_${hex(12)}`,
      callId: `call_${hex(12)}`,
      name: typeof tool.name === 'string' ? tool.name : 'tool',
      arguments: JSON.stringify(sampleArguments(tool.parameters)),
    }
  } else if (wantsWebSearch(body)) {
    answer.citation = { url: 'https://openrouter.ai/docs', title: 'OpenRouter documentation' }
  }
  answer.outputTokens = estimateTokens(answer.functionCall?.arguments ?? answer.text) + answer.reasoningTokens
  return answer
}
