import { type Accumulator, decodeError } from '@orsdk/transport/protocol'
import { isObject, type Json } from './is-object.js'
import { outputText } from './output-text.js'
import type { ResponseResult, ResponsesOutputItem } from './response-types.js'
import type { ResponsesStreamEvent } from './stream-events.js'

/**
 * Where the `.delta` and `.done` events of a type prefix write: the list of the item the part
 * sits in (none: the item itself), the event's index field, and the text field.
 */
type Target = [list: string, index: string, field: string]
const OUTPUT_TEXT: Target = ['content', 'content_index', 'text']
const REFUSAL: Target = ['content', 'content_index', 'refusal']
const REASONING_TEXT: Target = ['content', 'content_index', 'text']
const SUMMARY_TEXT: Target = ['summary', 'summary_index', 'text']
const ARGUMENTS: Target = ['', '', 'arguments']

/**
 * The text events by type, looked up once per event: each one's target, and whether it adds a
 * piece (`.delta`) or carries the whole text, which replaces the pieces (`.done`).
 */
const TEXT_EVENTS: Record<string, readonly [Target, boolean]> = {
  'response.output_text.delta': [OUTPUT_TEXT, true],
  'response.output_text.done': [OUTPUT_TEXT, false],
  'response.refusal.delta': [REFUSAL, true],
  'response.refusal.done': [REFUSAL, false],
  'response.reasoning_text.delta': [REASONING_TEXT, true],
  'response.reasoning_text.done': [REASONING_TEXT, false],
  'response.reasoning_summary_text.delta': [SUMMARY_TEXT, true],
  'response.reasoning_summary_text.done': [SUMMARY_TEXT, false],
  'response.function_call_arguments.delta': [ARGUMENTS, true],
  'response.function_call_arguments.done': [ARGUMENTS, false],
}

/** A part of an item (or the item's `arguments`) while its pieces arrive: joined once, at the end. */
interface Slot {
  list: string
  index: number
  base: Json
  field: string
  pieces: string[]
  annotations: unknown[]
}

/** One output item while its events arrive. */
interface ItemState {
  item: Json
  /** `response.output_item.done` came: `item` is whole. */
  done: boolean
  /** By `<list><index>`. */
  slots: Map<string, Slot>
}

/**
 * Folds stream events into the `ResponseResult` a buffered `responses()` call returns: messages
 * with their text and annotations, function calls with their arguments joined, reasoning items
 * with their summary, raw reasoning and `encrypted_content` kept intact; status, usage (with
 * cost) and the rest from the latest `response.*` event. The output of `response.completed` wins
 * when it has one; before it (a failed stream's partial result) the output is built from the
 * events. `output_text` joins every text part; `generationId` is the stream's. Unknown events
 * are ignored.
 *
 * @example
 * const accumulator = new ResponsesAccumulator()
 * for (const event of savedEvents) accumulator.add(event)
 * console.log(accumulator.result().output_text)
 */
export class ResponsesAccumulator implements Accumulator<ResponsesStreamEvent, ResponseResult> {
  readonly #generationId: string | undefined
  /** The latest `response.*` snapshot. */
  #response: Json | undefined
  /** The output of `response.completed` or `response.incomplete`, when it carried one. */
  #finalOutput: unknown[] | undefined
  /** By `output_index`. */
  readonly #items: ItemState[] = []

  /** @param generationId the stream's `X-Generation-Id`, set on the result. */
  constructor(generationId?: string) {
    this.#generationId = generationId
  }

  /** Takes one event. */
  add(event: ResponsesStreamEvent): void {
    const data = event as Json
    const type = event.type
    switch (type) {
      case 'response.created':
      case 'response.in_progress':
      case 'response.completed':
      case 'response.incomplete': {
        const response = data.response
        if (!isObject(response)) return
        this.#response = response
        const final = type === 'response.completed' || type === 'response.incomplete'
        if (final && Array.isArray(response.output) && response.output.length > 0)
          this.#finalOutput = response.output
        return
      }
      case 'response.output_item.added':
      case 'response.output_item.done':
        this.#addItem(data, type.endsWith('done'))
        return
      case 'response.content_part.added':
      case 'response.content_part.done':
        this.#setPart(data, 'content', 'content_index')
        return
      case 'response.reasoning_summary_part.added':
      case 'response.reasoning_summary_part.done':
        this.#setPart(data, 'summary', 'summary_index')
        return
      case 'response.output_text.annotation.added':
        if (isObject(data.annotation)) this.#slot(data, OUTPUT_TEXT)?.annotations.push(data.annotation)
        return
    }
    const text = Object.hasOwn(TEXT_EVENTS, type) ? TEXT_EVENTS[type] : undefined
    if (text === undefined) return
    const [target, isDelta] = text
    const slot = this.#slot(data, target)
    if (slot === undefined) return
    if (isDelta) slot.pieces.push(String(data.delta ?? ''))
    else if (typeof data[slot.field] === 'string') {
      slot.base = { ...slot.base, [slot.field]: data[slot.field] }
      slot.pieces = []
    }
  }

  /** The response so far; items not yet done are finished as they stand. */
  result(): ResponseResult {
    const snapshot = this.#response
    if (snapshot === undefined && this.#items.length === 0) {
      throw decodeError('responses stream: no response event arrived', undefined)
    }
    const output = (this.#finalOutput ??
      this.#items.flatMap((state) => (state ? [finish(state)] : []))) as ResponsesOutputItem[]
    const result = {
      ...(snapshot ?? { object: 'response', status: 'in_progress' }),
      output,
      output_text: outputText(output),
    } as ResponseResult
    if (this.#generationId !== undefined) result.generationId = this.#generationId
    return result
  }

  #addItem(data: Json, done: boolean): void {
    const index = data.output_index
    if (typeof index !== 'number' || !isObject(data.item)) return
    const state = this.#items[index]
    if (state === undefined) this.#items[index] = { item: data.item, done, slots: new Map() }
    else {
      // `.done` makes the item whole; its parts so far are no longer needed.
      state.item = data.item
      state.done ||= done
    }
  }

  #slot(data: Json, [list, indexField, field]: Target): Slot | undefined {
    const state = typeof data.output_index === 'number' ? this.#items[data.output_index] : undefined
    const index = indexField ? data[indexField] : 0
    if (state === undefined || typeof index !== 'number') return undefined
    const key = `${list}${index}`
    let slot = state.slots.get(key)
    if (slot === undefined) {
      slot = { list, index, base: startOf(state.item, list, field), field, pieces: [], annotations: [] }
      state.slots.set(key, slot)
    }
    return slot
  }

  /** A part starts (`.added`, the start the deltas extend) or is whole (`.done`). */
  #setPart(data: Json, list: string, indexField: string): void {
    if (!isObject(data.part)) return
    const slot = this.#slot(data, [list, indexField, data.part.type === 'refusal' ? 'refusal' : 'text'])
    if (slot === undefined) return
    slot.base = data.part
    slot.pieces = []
    slot.annotations = []
  }
}

/** The empty part deltas extend when no `.added` event gave one. */
function startOf(item: Json, list: string, field: string): Json {
  if (!list) return {}
  if (list === 'summary') return { type: 'summary_text', text: '' }
  if (field === 'refusal') return { type: 'refusal', refusal: '' }
  return item.type === 'reasoning'
    ? { type: 'reasoning_text', text: '' }
    : { type: 'output_text', text: '', annotations: [] }
}

/** `start` with the pieces joined on, once. */
const joinOnto = (start: unknown, pieces: string[]) =>
  `${typeof start === 'string' ? start : ''}${pieces.join('')}`

/** The part with its pieces and annotations joined in. */
function joined({ base, field, pieces, annotations }: Slot): Json {
  const value = { ...base }
  if (pieces.length > 0) value[field] = joinOnto(base[field], pieces)
  if (annotations.length > 0)
    value.annotations = [...(Array.isArray(base.annotations) ? base.annotations : []), ...annotations]
  return value
}

/** The item as it stands: whole when done, else built from its events. */
function finish(state: ItemState): Json {
  if (state.done) return state.item
  const item = { ...state.item }
  const lists: Record<string, Json[]> = {}
  for (const slot of state.slots.values()) {
    if (slot.list === '') {
      item.arguments = joinOnto(slot.base.arguments ?? item.arguments, slot.pieces)
      continue
    }
    const parts = lists[slot.list] ?? []
    parts[slot.index] = joined(slot)
    lists[slot.list] = parts
  }
  for (const [list, parts] of Object.entries(lists)) item[list] = parts.filter(Boolean)
  return item
}
