/**
 * The events of a `/messages` stream (spec `MessagesStreamingResponse`): `{ event, data }`
 * where `event` is the SSE event name and `data` its JSON. `ping` is skipped and `error`
 * is thrown, so neither is ever yielded.
 */
import type { Citation, ContentBlock, Message, MessagesUsage } from './response-types.js'

export interface MessageStartEvent {
  event: 'message_start'
  /** The message so far: empty `content`, `stop_reason: null`, usage with `input_tokens`. */
  data: { type: 'message_start'; message: Message }
}

export interface ContentBlockStartEvent {
  event: 'content_block_start'
  /** The block with empty text, thinking or `input: {}`; deltas fill it. */
  data: { type: 'content_block_start'; index: number; content_block: ContentBlock }
}

export type ContentBlockDelta =
  | { type: 'text_delta'; text: string }
  /** A piece of a tool call's JSON input: parse only the whole, at `content_block_stop`. */
  | { type: 'input_json_delta'; partial_json: string }
  | { type: 'thinking_delta'; thinking: string }
  | { type: 'signature_delta'; signature: string }
  | { type: 'citations_delta'; citation: Citation }

export interface ContentBlockDeltaEvent {
  event: 'content_block_delta'
  data: { type: 'content_block_delta'; index: number; delta: ContentBlockDelta }
}

export interface ContentBlockStopEvent {
  event: 'content_block_stop'
  data: { type: 'content_block_stop'; index: number }
}

export interface MessageDeltaEvent {
  event: 'message_delta'
  /** `usage` is cumulative; `input_tokens` may be null here. */
  data: {
    type: 'message_delta'
    delta: { stop_reason: Message['stop_reason']; stop_sequence: string | null; [field: string]: unknown }
    usage: Partial<MessagesUsage>
  }
}

export interface MessageStopEvent {
  event: 'message_stop'
  /** OpenRouter may add `openrouter_metadata` here. */
  data: { type: 'message_stop'; [field: string]: unknown }
}

/** Every event this package knows; narrow it with `event.event === 'content_block_delta'`. */
export type KnownMessagesStreamEvent =
  | MessageStartEvent
  | ContentBlockStartEvent
  | ContentBlockDeltaEvent
  | ContentBlockStopEvent
  | MessageDeltaEvent
  | MessageStopEvent

/** An event newer than this package: yielded, not dropped, with its data as sent. */
export interface UnknownMessagesStreamEvent {
  event: string & {}
  data: unknown
}

/**
 * One item of a `MessagesStream`. TypeScript cannot narrow a union that holds an open
 * `string` name, so narrow with `isMessagesEvent(item, 'content_block_delta')`.
 */
export type MessagesStreamEvent = KnownMessagesStreamEvent | UnknownMessagesStreamEvent

/** The known event names. */
export type MessagesEventName = KnownMessagesStreamEvent['event']

/**
 * Narrows a stream item to the known event `name`, typing its `data`.
 *
 * @example
 * import { isMessagesEvent, messagesStream } from '@orsdk/messages'
 * const stream = await messagesStream({ model: 'anthropic/claude-haiku-4.5', max_tokens: 200, messages: [{ role: 'user', content: 'Hi' }] })
 * for await (const item of stream) {
 *   if (isMessagesEvent(item, 'content_block_delta') && item.data.delta.type === 'text_delta') {
 *     process.stdout.write(item.data.delta.text)
 *   }
 * }
 */
export function isMessagesEvent<Name extends MessagesEventName>(
  item: MessagesStreamEvent,
  name: Name,
): item is Extract<KnownMessagesStreamEvent, { event: Name }> {
  return item.event === name
}
