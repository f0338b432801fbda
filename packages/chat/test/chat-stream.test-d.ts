import { describe, expectTypeOf, it } from 'vitest'
import {
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatSinkEvent,
  ChatStream,
  type ChatStreamOptions,
  type CompletionAccumulator,
} from '../src/index.js'

describe('ChatStream types', () => {
  it('types a ChatStream as chunks that fold into a ChatCompletion', () => {
    expectTypeOf<ReturnType<ChatStream[typeof Symbol.asyncIterator]>>().toEqualTypeOf<
      AsyncIterator<ChatCompletionChunk>
    >()
    expectTypeOf<ChatStream['finalCompletion']>().returns.toEqualTypeOf<Promise<ChatCompletion>>()
    // Type-only (never run): the static factories return the subclass they are called on.
    expectTypeOf(ChatStream.fromResponse(new Response())).toEqualTypeOf<ChatStream>()
    expectTypeOf(ChatStream.fromReadableStream(new ReadableStream<Uint8Array>())).toEqualTypeOf<ChatStream>()
    expectTypeOf<CompletionAccumulator['add']>().parameter(0).toEqualTypeOf<ChatCompletionChunk>()
    expectTypeOf<CompletionAccumulator['result']>().returns.toEqualTypeOf<ChatCompletion>()
  })

  it('types the into sink: chunk items, then a completion or an unknown error', () => {
    expectTypeOf<ChatStreamOptions['into']>().toEqualTypeOf<((event: ChatSinkEvent) => void) | undefined>()
    expectTypeOf<Extract<ChatSinkEvent, { type: 'item' }>['item']>().toEqualTypeOf<ChatCompletionChunk>()
    expectTypeOf<Extract<ChatSinkEvent, { type: 'complete' }>['result']>().toEqualTypeOf<ChatCompletion>()
    expectTypeOf<Extract<ChatSinkEvent, { type: 'error' }>['error']>().toBeUnknown()
    expectTypeOf<ChatSinkEvent['type']>().toEqualTypeOf<'item' | 'complete' | 'error'>()
  })
})
