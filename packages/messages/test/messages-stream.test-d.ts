import { describe, expectTypeOf, it } from 'vitest'
import {
  isMessagesEvent,
  type Message,
  MessageAccumulator,
  type MessageStartEvent,
  type MessagesSinkEvent,
  MessagesStream,
  type MessagesStreamEvent,
  type MessagesStreamOptions,
  messages,
  messagesStream,
} from '../src/index.js'

describe('MessagesStream types', () => {
  it('types a MessagesStream as events that fold into a Message', () => {
    expectTypeOf(messagesStream).returns.resolves.toEqualTypeOf<MessagesStream>()
    const params = {
      model: 'anthropic/claude-haiku-4.5',
      messages: [{ role: 'user' as const, content: 'Hi' }],
    }
    const options: MessagesStreamOptions = { into: () => {} }
    expectTypeOf(messagesStream).toBeCallableWith(params, options)
    // A preset stands in for the model.
    expectTypeOf(messagesStream).toBeCallableWith({ messages: params.messages }, { preset: 'support' })
    expectTypeOf(messages).returns.resolves.toEqualTypeOf<Message>()
    expectTypeOf<ReturnType<MessagesStream[typeof Symbol.asyncIterator]>>().toEqualTypeOf<
      AsyncIterator<MessagesStreamEvent>
    >()
    expectTypeOf<MessagesStream['finalMessage']>().returns.toEqualTypeOf<Promise<Message>>()
    // Type-only (never run): the static factories return the subclass they are called on.
    expectTypeOf(MessagesStream.fromResponse(new Response())).toEqualTypeOf<MessagesStream>()
    expectTypeOf(
      MessagesStream.fromReadableStream(new ReadableStream<Uint8Array>()),
    ).toEqualTypeOf<MessagesStream>()
    expectTypeOf<MessageAccumulator['add']>().parameter(0).toEqualTypeOf<MessagesStreamEvent>()
    expectTypeOf<MessageAccumulator['result']>().returns.toEqualTypeOf<Message>()
    expectTypeOf(MessageAccumulator).constructorParameters.toEqualTypeOf<[generationId?: string]>()
  })

  it('narrows an item to its event type with isMessagesEvent', () => {
    const item = {} as MessagesStreamEvent
    if (isMessagesEvent(item, 'message_start')) expectTypeOf(item).toEqualTypeOf<MessageStartEvent>()
  })

  it('types the into sink: event items, then a message or an unknown error', () => {
    expectTypeOf<MessagesStreamOptions['into']>().toEqualTypeOf<
      ((event: MessagesSinkEvent) => void) | undefined
    >()
    expectTypeOf<Extract<MessagesSinkEvent, { type: 'item' }>['item']>().toEqualTypeOf<MessagesStreamEvent>()
    expectTypeOf<Extract<MessagesSinkEvent, { type: 'complete' }>['result']>().toEqualTypeOf<Message>()
    expectTypeOf<Extract<MessagesSinkEvent, { type: 'error' }>['error']>().toBeUnknown()
    expectTypeOf<MessagesSinkEvent['type']>().toEqualTypeOf<'item' | 'complete' | 'error'>()
  })
})
