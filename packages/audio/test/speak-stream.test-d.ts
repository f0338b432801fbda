import { describe, expectTypeOf, it } from 'vitest'
import {
  type SpeakChunk,
  type SpeakSinkEvent,
  SpeakStream,
  type SpeakStreamOptions,
  speak,
  speakStream,
} from '../src/index.js'

describe('SpeakStream types', () => {
  it('types a SpeakStream as audio chunks that fold into the whole clip', () => {
    expectTypeOf(speakStream).returns.resolves.toEqualTypeOf<SpeakStream>()
    expectTypeOf(speakStream).parameter(1).toEqualTypeOf<SpeakStreamOptions | undefined>()
    expectTypeOf<NonNullable<SpeakStreamOptions['into']>>().toEqualTypeOf<(event: SpeakSinkEvent) => void>()
    expectTypeOf(speak).returns.resolves.toEqualTypeOf<Uint8Array>()
    expectTypeOf<ReturnType<SpeakStream[typeof Symbol.asyncIterator]>>().toEqualTypeOf<
      AsyncIterator<SpeakChunk>
    >()
    expectTypeOf<SpeakStream['finalAudio']>().returns.toEqualTypeOf<Promise<Uint8Array>>()
    expectTypeOf<SpeakChunk>().toEqualTypeOf<{ audio?: Uint8Array; transcript?: string }>()
    // Type-only (never run): the static factories return the subclass they are called on.
    expectTypeOf(SpeakStream.fromResponse(new Response())).toEqualTypeOf<SpeakStream>()
    expectTypeOf(
      SpeakStream.fromReadableStream(new ReadableStream<Uint8Array>()),
    ).toEqualTypeOf<SpeakStream>()
  })

  it('types the sink events: chunks, then the clip or an unknown error', () => {
    expectTypeOf<Extract<SpeakSinkEvent, { type: 'item' }>['item']>().toEqualTypeOf<SpeakChunk>()
    expectTypeOf<Extract<SpeakSinkEvent, { type: 'complete' }>['result']>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<Extract<SpeakSinkEvent, { type: 'error' }>['error']>().toBeUnknown()
    expectTypeOf<ConstructorParameters<typeof SpeakStream>[1]>().toEqualTypeOf<
      ((event: SpeakSinkEvent) => void) | undefined
    >()
  })
})
