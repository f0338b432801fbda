import type { ReasoningDetail } from './message-types.js'
import type {
  AudioOutput,
  ChoiceLogprobs,
  ChunkDelta,
  CompletionChoice,
  CompletionMessage,
  ResponseToolCall,
  ToolCallDelta,
} from './response-types.js'

// Strings arrive in many small fragments: collect them in arrays and join once at the end,
// since concatenating per chunk is quadratic on long answers.
interface DetailState {
  detail: ReasoningDetail
  /** Fragments of the detail's growing field (`text`, `summary` or `data`). */
  parts: string[]
  field: 'text' | 'summary' | 'data' | undefined
}

interface ToolCallState {
  id: string
  type: string
  name: string
  parts: string[]
}

/** What is known so far of one choice of a stream. */
export interface ChoiceState {
  index: number
  content: string[] | undefined
  refusal: string[] | undefined
  reasoning: string[] | undefined
  details: DetailState[]
  detailsByKey: Map<string, DetailState>
  toolCalls: Map<number, ToolCallState>
  audio: { meta: AudioOutput; data: string[]; transcript: string[] } | undefined
  images: NonNullable<CompletionMessage['images']> | undefined
  logprobs: { content: unknown[]; refusal: unknown[] } | undefined
  finishReason: string | null
  nativeFinishReason: string | null | undefined
}

const growingField = (detail: ReasoningDetail) =>
  typeof detail.text === 'string'
    ? 'text'
    : typeof detail.summary === 'string'
      ? 'summary'
      : typeof detail.data === 'string'
        ? 'data'
        : undefined

export function newChoice(index: number): ChoiceState {
  return {
    index,
    content: undefined,
    refusal: undefined,
    reasoning: undefined,
    details: [],
    detailsByKey: new Map(),
    toolCalls: new Map(),
    audio: undefined,
    images: undefined,
    logprobs: undefined,
    finishReason: null,
    nativeFinishReason: undefined,
  }
}

function append(list: string[] | undefined, value: string): string[] {
  if (list === undefined) return [value]
  list.push(value)
  return list
}

/** Folds one delta into the choice's state. */
export function addDelta(state: ChoiceState, delta: ChunkDelta): void {
  if (typeof delta.content === 'string') state.content = append(state.content, delta.content)
  if (typeof delta.refusal === 'string') state.refusal = append(state.refusal, delta.refusal)
  if (typeof delta.reasoning === 'string') state.reasoning = append(state.reasoning, delta.reasoning)
  if (Array.isArray(delta.reasoning_details))
    for (const detail of delta.reasoning_details) if (isObject(detail)) addDetail(state, detail)
  if (Array.isArray(delta.tool_calls))
    for (const call of delta.tool_calls) if (isObject(call)) addToolCall(state, call)
  if (delta.audio !== undefined && delta.audio !== null) addAudio(state, delta.audio)
  if (Array.isArray(delta.images)) state.images = [...(state.images ?? []), ...delta.images]
}

function addDetail(state: ChoiceState, detail: ReasoningDetail): void {
  // A detail with an index continues the earlier one of the same type and index (Anthropic's
  // thinking arrives as text fragments, then the signature); one without is a new block.
  const key = typeof detail.index === 'number' ? `${detail.type}:${detail.index}` : undefined
  const existing = key === undefined ? undefined : state.detailsByKey.get(key)
  if (existing === undefined) {
    const field = growingField(detail)
    const entry: DetailState = { detail: { ...detail }, parts: [], field }
    if (field !== undefined) entry.parts.push(detail[field] as string)
    state.details.push(entry)
    if (key !== undefined) state.detailsByKey.set(key, entry)
    return
  }
  for (const name in detail) {
    const value = detail[name]
    if (name === existing.field) {
      if (typeof value === 'string') existing.parts.push(value)
    } else if (value !== null && value !== undefined) {
      existing.detail[name] = value
      if (existing.field === undefined && (name === 'text' || name === 'summary' || name === 'data')) {
        existing.field = name
        existing.parts.push(value as string)
      }
    }
  }
}

function addToolCall(state: ChoiceState, call: ToolCallDelta): void {
  const index = typeof call.index === 'number' ? call.index : findIndex(state, call.id)
  let existing = state.toolCalls.get(index)
  if (existing === undefined) {
    existing = { id: '', type: 'function', name: '', parts: [] }
    state.toolCalls.set(index, existing)
  }
  if (call.id && existing.id === '') existing.id = call.id
  if (call.type) existing.type = call.type
  const fn = call.function
  if (fn !== undefined && fn !== null) {
    if (fn.name && existing.name === '') existing.name = fn.name
    if (typeof fn.arguments === 'string') existing.parts.push(fn.arguments)
  }
}

/** Some providers omit `index`: match by id, else the call is a new one. */
function findIndex(state: ChoiceState, id: string | undefined): number {
  if (id) for (const [index, call] of state.toolCalls) if (call.id === id) return index
  if (!id && state.toolCalls.size > 0) return Math.max(...state.toolCalls.keys())
  return state.toolCalls.size === 0 ? 0 : Math.max(...state.toolCalls.keys()) + 1
}

function addAudio(state: ChoiceState, audio: AudioOutput): void {
  state.audio ??= { meta: {}, data: [], transcript: [] }
  const target = state.audio
  if (typeof audio.data === 'string') target.data.push(audio.data)
  if (typeof audio.transcript === 'string') target.transcript.push(audio.transcript)
  if (audio.id !== undefined) target.meta.id = audio.id
  if (audio.expires_at !== undefined) target.meta.expires_at = audio.expires_at
}

export function addLogprobs(state: ChoiceState, logprobs: ChoiceLogprobs): void {
  state.logprobs ??= { content: [], refusal: [] }
  if (Array.isArray(logprobs.content)) state.logprobs.content.push(...logprobs.content)
  if (Array.isArray(logprobs.refusal)) state.logprobs.refusal.push(...logprobs.refusal)
}

export function buildChoice(state: ChoiceState): CompletionChoice {
  const message: CompletionMessage = {
    role: 'assistant',
    content: state.content === undefined ? null : state.content.join(''),
  }
  if (state.refusal !== undefined) message.refusal = state.refusal.join('')
  if (state.reasoning !== undefined) message.reasoning = state.reasoning.join('')
  if (state.details.length > 0) {
    message.reasoning_details = state.details.map(({ detail, parts, field }) =>
      field === undefined ? detail : { ...detail, [field]: parts.join('') },
    )
  }
  if (state.toolCalls.size > 0) {
    message.tool_calls = [...state.toolCalls.entries()]
      .sort(([a], [b]) => a - b)
      .map(
        ([, call]): ResponseToolCall => ({
          id: call.id,
          type: call.type,
          function: { name: call.name, arguments: call.parts.join('') },
        }),
      )
  }
  if (state.audio !== undefined) {
    const { meta, data, transcript } = state.audio
    message.audio = { ...meta, data: data.join(''), transcript: transcript.join('') }
  }
  if (state.images !== undefined) message.images = state.images
  const choice: CompletionChoice = { index: state.index, message, finish_reason: state.finishReason }
  if (state.nativeFinishReason !== undefined) choice.native_finish_reason = state.nativeFinishReason
  if (state.logprobs !== undefined) choice.logprobs = state.logprobs as ChoiceLogprobs
  return choice
}

// Chunks are typed, not validated (hot path): a `null` where an object belongs is skipped.
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null
