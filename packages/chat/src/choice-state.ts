import type { ReasoningDetail } from './message-types.js'
import type {
  AudioOutput,
  ChoiceLogprobs,
  ChunkChoice,
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

type Fields = Record<string, unknown>

/**
 * What is known so far of one choice of a stream. A text field is `undefined` while the wire
 * never sent it, `null` while it sent only `null`, else its fragments: the result then says
 * exactly what the wire said.
 */
export interface ChoiceState {
  index: number
  content: string[] | null | undefined
  refusal: string[] | null | undefined
  reasoning: string[] | null | undefined
  details: DetailState[]
  detailsByKey: Map<string, DetailState>
  toolCalls: Map<number, ToolCallState>
  audio: { meta: AudioOutput; data: string[]; transcript: string[] } | undefined
  /** Delta fields this package has no rule for (`annotations` among them): merged by `mergeField`. */
  extra: Fields | undefined
  logprobs: Fields | null | undefined
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
    extra: undefined,
    logprobs: undefined,
    finishReason: null,
    nativeFinishReason: undefined,
  }
}

/** A string fragment is appended; a `null` counts only while nothing else arrived. */
function appendText(list: string[] | null | undefined, value: unknown): string[] | null | undefined {
  if (typeof value === 'string') {
    if (list === undefined || list === null) return [value]
    list.push(value)
    return list
  }
  return value === null && list === undefined ? null : list
}

/**
 * The rule for a field that arrives in pieces: an array is appended to what came before, a
 * `null` is kept only while nothing else came, any other value replaces the previous one.
 * Arrays are copied once, when first seen, so the chunks a consumer saw are never changed.
 */
export function mergeField(target: Fields, name: string, value: unknown): void {
  const previous = target[name]
  if (Array.isArray(value)) {
    if (Array.isArray(previous)) for (const item of value) previous.push(item)
    else target[name] = value.slice()
  } else if (value !== null) {
    if (value !== undefined) target[name] = value
  } else if (previous === undefined) {
    target[name] = null
  }
}

/** Folds one choice of a chunk into its state: no copy, no validation. */
export function addChoice(state: ChoiceState, choice: ChunkChoice): void {
  const finish = choice.finish_reason
  // The usage chunk may carry an empty-delta choice with a null finish_reason: keep the earlier one.
  if (typeof finish === 'string') state.finishReason = finish
  const native = choice.native_finish_reason
  if (typeof native === 'string') state.nativeFinishReason = native
  else if (native === null && state.nativeFinishReason === undefined) state.nativeFinishReason = null
  if (choice.logprobs !== undefined) addLogprobs(state, choice.logprobs)
  if (isObject(choice.delta)) addDelta(state, choice.delta)
}

/** Folds one delta into the choice's state. */
function addDelta(state: ChoiceState, delta: ChunkDelta): void {
  for (const name in delta) {
    const value = (delta as unknown as Fields)[name]
    switch (name) {
      case 'role':
        break
      case 'content':
        state.content = appendText(state.content, value)
        break
      case 'refusal':
        state.refusal = appendText(state.refusal, value)
        break
      case 'reasoning':
        state.reasoning = appendText(state.reasoning, value)
        break
      case 'reasoning_details':
        if (Array.isArray(value))
          for (const detail of value) if (isObject(detail)) addDetail(state, detail as ReasoningDetail)
        break
      case 'tool_calls':
        if (Array.isArray(value))
          for (const call of value) if (isObject(call)) addToolCall(state, call as ToolCallDelta)
        break
      case 'audio':
        if (isObject(value)) addAudio(state, value as AudioOutput)
        break
      default:
        // `annotations`, `images` and fields newer than this package: arrays appended, last value wins.
        state.extra ??= {}
        mergeField(state.extra, name, value)
    }
  }
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

/** Token logprobs arrive per chunk: `content` and `refusal` lists are appended, as sent. */
function addLogprobs(state: ChoiceState, logprobs: ChoiceLogprobs | null): void {
  if (logprobs === null) {
    if (state.logprobs === undefined) state.logprobs = null
    return
  }
  if (!isObject(logprobs)) return
  state.logprobs ??= {}
  for (const name in logprobs) mergeField(state.logprobs, name, (logprobs as Fields)[name])
}

/**
 * Arguments as sent, or `{}` when the wire sent none (absent or empty): a string that always
 * parses, as `chat()` returns for the same call.
 */
export function argumentsOrEmpty(text: string): string {
  return text === '' ? '{}' : text
}

export function buildChoice(state: ChoiceState): CompletionChoice {
  const message: CompletionMessage = { role: 'assistant', content: joined(state.content) ?? null }
  if (state.refusal !== undefined) message.refusal = joined(state.refusal)
  if (state.reasoning !== undefined) message.reasoning = joined(state.reasoning)
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
          function: { name: call.name, arguments: argumentsOrEmpty(call.parts.join('')) },
        }),
      )
  }
  if (state.audio !== undefined) {
    const { meta, data, transcript } = state.audio
    message.audio = { ...meta, data: data.join(''), transcript: transcript.join('') }
  }
  if (state.extra !== undefined) copyFields(message, state.extra)
  const choice: CompletionChoice = { index: state.index, message, finish_reason: state.finishReason }
  if (state.nativeFinishReason !== undefined) choice.native_finish_reason = state.nativeFinishReason
  if (state.logprobs !== undefined)
    choice.logprobs = state.logprobs === null ? null : (copyFields({}, state.logprobs) as ChoiceLogprobs)
  return choice
}

/**
 * Copies fields onto a result, arrays as copies: `result()` may be called mid-stream (a partial)
 * and later chunks must not change what it returned. Known fields of the target are not replaced.
 */
function copyFields(target: object, fields: Fields): object {
  const record = target as Fields
  for (const name in fields) {
    if (record[name] !== undefined) continue
    const value = fields[name]
    record[name] = Array.isArray(value) ? value.slice() : value
  }
  return target
}

const joined = (parts: string[] | null | undefined) => (parts == null ? parts : parts.join(''))

// Chunks are typed, not validated (hot path): a `null` where an object belongs is skipped.
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null
