/**
 * The events of a `/responses` stream (spec `ResponsesStreamingResponse`): each is the JSON of
 * one SSE event, discriminated by `type`. `response.failed` and `error` are thrown as
 * `OpenRouterError`, so neither is ever yielded; an event type newer than this package is
 * yielded as sent.
 */
import type {
  OutputTextPart,
  RefusalPart,
  ResponseResult,
  ResponsesAnnotation,
  ResponsesLogprob,
  ResponsesOutputItem,
} from './response-types.js'

interface Sequenced {
  sequence_number?: number
}

/** Where an event's item is: `output_index` in `output`, `item_id` its id. */
interface InItem extends Sequenced {
  item_id: string
  output_index: number
}

/** `response.created`, `response.in_progress`, `response.completed`, `response.incomplete`: the response so far. */
export interface ResponseLifecycleEvent extends Sequenced {
  type: 'response.created' | 'response.in_progress' | 'response.completed' | 'response.incomplete'
  response: ResponseResult
}

/** An output item starts (`added`, mostly empty) or ends (`done`, whole). */
export interface OutputItemEvent extends Sequenced {
  type: 'response.output_item.added' | 'response.output_item.done'
  output_index: number
  item: ResponsesOutputItem
}

/** A part of a message starts or ends. */
export interface ContentPartEvent extends InItem {
  type: 'response.content_part.added' | 'response.content_part.done'
  content_index: number
  part: OutputTextPart | RefusalPart
}

/** A piece of a message's text. */
export interface OutputTextDeltaEvent extends InItem {
  type: 'response.output_text.delta'
  content_index: number
  delta: string
  logprobs?: ResponsesLogprob[]
}

/** A text part is whole. */
export interface OutputTextDoneEvent extends InItem {
  type: 'response.output_text.done'
  content_index: number
  text: string
  logprobs?: ResponsesLogprob[]
}

/** A citation was added to a text part. */
export interface AnnotationAddedEvent extends InItem {
  type: 'response.output_text.annotation.added'
  content_index: number
  annotation_index: number
  annotation: ResponsesAnnotation
}

/** A piece of a refusal, or the whole of it. */
export interface RefusalEvent extends InItem {
  type: 'response.refusal.delta' | 'response.refusal.done'
  content_index: number
  delta?: string
  refusal?: string
}

/** A piece of a function call's JSON arguments: parse only the whole, at `.done`. */
export interface FunctionCallArgumentsDeltaEvent extends InItem {
  type: 'response.function_call_arguments.delta'
  delta: string
}

/** A function call's arguments are whole. */
export interface FunctionCallArgumentsDoneEvent extends InItem {
  type: 'response.function_call_arguments.done'
  arguments: string
  name?: string
}

/** A summary part of a reasoning item starts or ends. */
export interface ReasoningSummaryPartEvent extends InItem {
  type: 'response.reasoning_summary_part.added' | 'response.reasoning_summary_part.done'
  summary_index: number
  part: { type: 'summary_text'; text: string }
}

/** A piece of a reasoning summary, or the whole of it (`.done`). */
export interface ReasoningSummaryTextEvent extends InItem {
  type: 'response.reasoning_summary_text.delta' | 'response.reasoning_summary_text.done'
  summary_index: number
  delta?: string
  text?: string
}

/** A piece of the raw reasoning, or the whole of it (`.done`). */
export interface ReasoningTextEvent extends InItem {
  type: 'response.reasoning_text.delta' | 'response.reasoning_text.done'
  content_index: number
  delta?: string
  text?: string
}

/** Every event this package knows; narrow an item with `isResponsesEvent(item, name)`. */
export type KnownResponsesStreamEvent =
  | ResponseLifecycleEvent
  | OutputItemEvent
  | ContentPartEvent
  | OutputTextDeltaEvent
  | OutputTextDoneEvent
  | AnnotationAddedEvent
  | RefusalEvent
  | FunctionCallArgumentsDeltaEvent
  | FunctionCallArgumentsDoneEvent
  | ReasoningSummaryPartEvent
  | ReasoningSummaryTextEvent
  | ReasoningTextEvent

/** An event newer than this package (or one it does not model): yielded, not dropped, as sent. */
export interface UnknownResponsesStreamEvent extends Sequenced {
  type: string & {}
  [field: string]: unknown
}

/**
 * One item of a `ResponsesStream`. TypeScript cannot narrow a union that holds an open `type`,
 * so narrow with `isResponsesEvent(item, 'response.output_text.delta')`.
 */
export type ResponsesStreamEvent = KnownResponsesStreamEvent | UnknownResponsesStreamEvent

/** The known event types. */
export type ResponsesEventType = KnownResponsesStreamEvent['type']

/**
 * Narrows a stream item to the known event `type`, typing its fields.
 *
 * @example
 * import { isResponsesEvent, responsesStream } from '@orsdk/responses'
 * const stream = await responsesStream({ model: 'openai/gpt-4o-mini', input: 'Hi' })
 * for await (const event of stream) {
 *   if (isResponsesEvent(event, 'response.output_text.delta')) process.stdout.write(event.delta)
 * }
 */
export function isResponsesEvent<Type extends ResponsesEventType>(
  event: ResponsesStreamEvent,
  type: Type,
): event is KnownResponsesStreamEvent & { type: Type } {
  return event.type === type
}
