import { randomBytes } from 'node:crypto'
import { createSilentMp3 } from '../audio-mp3'
import { createPcm16, wavBase64 } from '../audio-sample'
import { isRecord } from '../is-record'
import type { Scenario } from '../scenario'
import { sampleArguments, sampleValue } from './sample-arguments'
import { type UrlCitation, wantsWebSearch, webCitations } from './web-search'

/** One function call the emulated model makes. */
export interface EmulatedToolCall {
  id: string
  name: string
  arguments: string
}

/** What the emulated assistant answers, decided from the request and the scenario. */
export interface ChatAnswer {
  model: string
  text: string
  /** Reasoning text and its signature, when the request asked for reasoning. */
  reasoning?: { text: string; signature: string }
  /** One call, or one per function tool when the request sets `parallel_tool_calls: true`. */
  toolCalls?: EmulatedToolCall[]
  audio?: { id: string; data: string; transcript: string }
  /** `url_citation` annotations, when the request asked for web search (the text cites them). */
  citations?: UrlCitation[]
  /** Rough token count of the prompt, for usage. */
  promptTokens: number
}

/** The reasoning the emulator's models show (chat, messages and responses). */
export const REASONING_TEXT = 'The user wants a short answer. I will reply briefly and clearly.'

/** The emulator's answer text: a sentence naming the model, repeated so that each of `chunks` pieces has some. */
export function defaultText(model: string, chunks: number): string {
  const sentence = `Hello from the OpenRouter emulator, answering as ${model}.`
  // Long streams (benchmarks) get text enough for every chunk to carry a few characters.
  const repeats = Math.max(1, Math.ceil((chunks * 4) / (sentence.length + 1)))
  return repeats === 1 ? sentence : Array.from({ length: repeats }, () => sentence).join(' ')
}

function wantsReasoning(body: Record<string, unknown>): boolean {
  const { reasoning, reasoning_effort: effort, include_reasoning: include } = body
  if (isRecord(reasoning)) {
    return reasoning.exclude !== true && reasoning.enabled !== false && reasoning.effort !== 'none'
  }
  if (typeof effort === 'string') return effort !== 'none'
  return include === true
}

function findInputAudio(messages: unknown[]): { bytes: number; format: string } | undefined {
  let found: { bytes: number; format: string } | undefined
  for (const message of messages) {
    if (!isRecord(message) || !Array.isArray(message.content)) continue
    for (const part of message.content) {
      if (!isRecord(part) || part.type !== 'input_audio' || !isRecord(part.input_audio)) continue
      const { data, format } = part.input_audio
      const bytes = typeof data === 'string' ? Buffer.from(data, 'base64').length : 0
      found = { bytes, format: typeof format === 'string' ? format : 'unknown' }
    }
  }
  return found
}

/** The functions the model calls: the one `tool_choice` names, every one with `parallel_tool_calls: true`, else the first. */
function pickTools(body: Record<string, unknown>): Record<string, unknown>[] {
  if (!Array.isArray(body.tools) || body.tool_choice === 'none') return []
  const functions = body.tools
    .filter((tool): tool is Record<string, unknown> => isRecord(tool) && isRecord(tool.function))
    .map((tool) => tool.function as Record<string, unknown>)
  const choice = body.tool_choice
  const wanted = isRecord(choice) && isRecord(choice.function) ? choice.function.name : undefined
  const named = functions.find((fn) => fn.name === wanted)
  if (named !== undefined) return [named]
  return body.parallel_tool_calls === true ? functions : functions.slice(0, 1)
}

/** With `response_format: json_schema`, the answer is a JSON value shaped by the schema. */
function structuredText(body: Record<string, unknown>): string | undefined {
  const format = body.response_format
  if (!isRecord(format) || format.type !== 'json_schema' || !isRecord(format.json_schema)) return undefined
  return JSON.stringify(sampleValue(format.json_schema.schema ?? {}))
}

/** The sample clip in the asked format: raw samples for `pcm16`, an MP3 for `mp3`, else the WAV. */
function audioData(format: unknown): string {
  if (format === 'pcm16') return createPcm16().toString('base64')
  if (format === 'mp3') return createSilentMp3().toString('base64')
  return wavBase64()
}

/**
 * Why a streamed audio-output request is refused, as OpenAI's audio models refuse it: with
 * `stream: true` they produce `pcm16` only.
 */
export function streamedAudioProblem(body: Record<string, unknown>): string | undefined {
  const modalities = Array.isArray(body.modalities) ? body.modalities : []
  if (body.stream !== true || !modalities.includes('audio')) return undefined
  const format = isRecord(body.audio) ? body.audio.format : undefined
  if (format === 'pcm16') return undefined
  return `Unsupported value: 'audio.format' does not support ${JSON.stringify(format)} when stream=true. Supported values are: 'pcm16'.`
}

function lastRole(messages: unknown[]): unknown {
  const last = messages[messages.length - 1]
  return isRecord(last) ? last.role : undefined
}

/** Decides the answer for a validated chat request (`messages` is a non-empty array). */
export function planChatAnswer(body: Record<string, unknown>, scenario: Scenario): ChatAnswer {
  const messages = body.messages as unknown[]
  const model = typeof body.model === 'string' && body.model !== '' ? body.model : 'openrouter/auto'
  const chunks = scenario.chunks ?? 4
  const inputAudio = findInputAudio(messages)
  const text =
    scenario.text ??
    structuredText(body) ??
    (inputAudio
      ? `transcribed: ${inputAudio.bytes} bytes of ${inputAudio.format}`
      : defaultText(model, chunks))
  const answer: ChatAnswer = { model, text, promptTokens: Math.ceil(JSON.stringify(messages).length / 4) }
  if (wantsReasoning(body)) {
    answer.reasoning = { text: REASONING_TEXT, signature: randomBytes(24).toString('base64') }
  }
  const modalities = Array.isArray(body.modalities) ? body.modalities : []
  const tools = pickTools(body)
  // After a tool result the model answers in text, so agent loops written against the emulator end.
  if (tools.length > 0 && lastRole(messages) !== 'tool') {
    answer.toolCalls = tools.map((tool) => ({
      id: `call_${randomBytes(12).toString('hex')}`,
      name: typeof tool.name === 'string' ? tool.name : 'tool',
      arguments: JSON.stringify(sampleArguments(tool.parameters)),
    }))
  } else if (modalities.includes('audio')) {
    const data = audioData(isRecord(body.audio) ? body.audio.format : undefined)
    answer.audio = { id: `audio_${randomBytes(12).toString('hex')}`, data, transcript: text }
  } else {
    const search = wantsWebSearch(body)
    if (search !== undefined) Object.assign(answer, webCitations(answer.text, search.maxResults))
  }
  return answer
}
