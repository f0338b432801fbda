import { describe, expect, it } from 'vitest'
import { MessageAccumulator, type MessagesStreamEvent } from '../../src/index.js'

// `result()` mid-block (the partial result of an error, or a caller's own look at a live stream)
// joined the block's pieces into it and marked it done; the block's stop then joined the same
// pieces in again, so the text came out doubled, and the earlier result changed under its reader.
// `result()` now builds the finished blocks without touching the accumulator.

const event = (name: string, data: Record<string, unknown>) =>
  ({ event: name, data: { type: name, ...data } }) as MessagesStreamEvent

describe('MessageAccumulator.result() before a block stops', () => {
  it('leaves the accumulator as it was: later events add to the text once', () => {
    const accumulator = new MessageAccumulator()
    accumulator.add(
      event('message_start', {
        message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [], usage: {} },
      }),
    )
    accumulator.add(event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }))
    accumulator.add(event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Hel' } }))
    const early = accumulator.result()
    expect(early.content).toEqual([{ type: 'text', text: 'Hel' }])

    accumulator.add(event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'lo' } }))
    accumulator.add(event('content_block_stop', { index: 0 }))
    expect(accumulator.result().content).toEqual([{ type: 'text', text: 'Hello' }])
    expect(early.content).toEqual([{ type: 'text', text: 'Hel' }])
  })

  it('reads a tool input cut mid-way, then the whole input once it stops', () => {
    const accumulator = new MessageAccumulator()
    accumulator.add(
      event('message_start', {
        message: { id: 'msg_2', type: 'message', role: 'assistant', model: 'm', content: [], usage: {} },
      }),
    )
    accumulator.add(
      event('content_block_start', {
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: {} },
      }),
    )
    accumulator.add(
      event('content_block_delta', {
        index: 0,
        delta: { type: 'input_json_delta', partial_json: '{"city":"Par' },
      }),
    )
    expect(accumulator.result().content[0]).toMatchObject({
      input: { city: 'Par' },
      partial_json: '{"city":"Par',
    })
    accumulator.add(
      event('content_block_delta', { index: 0, delta: { type: 'input_json_delta', partial_json: 'is"}' } }),
    )
    accumulator.add(event('content_block_stop', { index: 0 }))
    const [block] = accumulator.result().content
    expect(block).toEqual({ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { city: 'Paris' } })
  })
})
