import { ChatStream } from '@orsdk/chat'
import { describe, expect, it } from 'vitest'

// Found by the stream-decoder fuzzer (test/fuzz/stream-decoder.test.ts): a chat stream event
// whose JSON is `null`, or a `choices` entry that is `null`, makes `finalCompletion()` (and the
// `into` sink, which shares the accumulator) throw a bare TypeError from
// CompletionAccumulator.add / #addChoice ("Cannot read properties of null"), instead of an
// OpenRouterError. Expected: kind 'decode' naming the event, or the value skipped.
// Fixed: the accumulator skips a null chunk or choice (chunks are typed, not validated).

const stream = (text: string) =>
  ChatStream.fromReadableStream(new Response(text).body as ReadableStream<Uint8Array>)

describe('ChatStream.finalCompletion on null chunks', () => {
  it('skips a chunk that is JSON null instead of throwing a TypeError', async () => {
    const text =
      'data: null\n\ndata: {"id":"x","choices":[{"index":0,"delta":{"content":"ok"}}]}\n\ndata: [DONE]\n\n'
    const completion = await stream(text).finalCompletion()
    expect(completion.choices[0]?.message.content).toBe('ok')
  })

  it('rejects with OpenRouterError, or skips it, when a choices entry is null', async () => {
    const completion = stream('data: {"id":"x","choices":[null]}\n\ndata: [DONE]\n\n').finalCompletion()
    const outcome = await completion.then(
      () => 'completed',
      (error: unknown) => (error as Error).name,
    )
    expect(outcome).not.toBe('TypeError')
  })
})
