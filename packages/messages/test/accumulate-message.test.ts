import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { MessageAccumulator } from '../src/accumulate-message.js'
import type { MessagesStreamEvent } from '../src/index.js'

const start = (
  usage: Record<string, unknown> = { input_tokens: 10, output_tokens: 1 },
): MessagesStreamEvent => ({
  event: 'message_start',
  data: {
    type: 'message_start',
    message: {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: 'x/y',
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 1, ...usage },
    },
  },
})
const blockStart = (index: number, block: Record<string, unknown>) =>
  ({
    event: 'content_block_start',
    data: { type: 'content_block_start', index, content_block: block },
  }) as MessagesStreamEvent
const delta = (index: number, value: Record<string, unknown>) =>
  ({
    event: 'content_block_delta',
    data: { type: 'content_block_delta', index, delta: value },
  }) as MessagesStreamEvent
const stop = (index: number): MessagesStreamEvent => ({
  event: 'content_block_stop',
  data: { type: 'content_block_stop', index },
})

function fold(events: MessagesStreamEvent[]) {
  const accumulator = new MessageAccumulator('gen-1')
  for (const event of events) accumulator.add(event)
  return accumulator.result()
}

describe('MessageAccumulator', () => {
  it('joins text deltas and appends citations when a text block has citations_delta', () => {
    const citation = { type: 'char_location', cited_text: 'sky is blue', document_index: 0 }
    const message = fold([
      start(),
      blockStart(0, { type: 'text', text: '', citations: [] }),
      delta(0, { type: 'text_delta', text: 'The sky ' }),
      delta(0, { type: 'citations_delta', citation }),
      delta(0, { type: 'text_delta', text: 'is blue.' }),
      stop(0),
    ])
    expect(message.content).toEqual([{ type: 'text', text: 'The sky is blue.', citations: [citation] }])
    expect(message.generationId).toBe('gen-1')
  })

  it('parses tool input once from partial_json split anywhere, and keeps {} when there is none', () => {
    const message = fold([
      start(),
      blockStart(0, { type: 'tool_use', id: 't1', name: 'f', input: {} }),
      delta(0, { type: 'input_json_delta', partial_json: '{"ci' }),
      delta(0, { type: 'input_json_delta', partial_json: 'ty": "Par' }),
      delta(0, { type: 'input_json_delta', partial_json: 'is", "n": [1, 2]}' }),
      stop(0),
      blockStart(1, { type: 'tool_use', id: 't2', name: 'g', input: {} }),
      delta(1, { type: 'input_json_delta', partial_json: '' }),
      stop(1),
    ])
    expect(message.content).toEqual([
      { type: 'tool_use', id: 't1', name: 'f', input: { city: 'Paris', n: [1, 2] } },
      { type: 'tool_use', id: 't2', name: 'g', input: {} },
    ])
  })

  it('keeps a tool input that is not whole JSON as its parsed prefix plus the raw text', () => {
    const message = fold([
      start(),
      blockStart(0, { type: 'tool_use', id: 't1', name: 'f', input: {} }),
      delta(0, { type: 'input_json_delta', partial_json: '{"city": "Paris", "days": ' }),
      stop(0),
    ])
    expect(message.content).toEqual([
      {
        type: 'tool_use',
        id: 't1',
        name: 'f',
        input: { city: 'Paris' },
        partial_json: '{"city": "Paris", "days": ',
      },
    ])
  })

  it('assembles thinking with its signature and keeps redacted_thinking as sent', () => {
    const message = fold([
      start(),
      blockStart(0, { type: 'thinking', thinking: '', signature: '' }),
      delta(0, { type: 'thinking_delta', thinking: 'Let me ' }),
      delta(0, { type: 'thinking_delta', thinking: 'think.' }),
      delta(0, { type: 'signature_delta', signature: 'EqQBCgIYAhIM' }),
      stop(0),
      blockStart(1, { type: 'redacted_thinking', data: 'opaque' }),
      stop(1),
    ])
    expect(message.content).toEqual([
      { type: 'thinking', thinking: 'Let me think.', signature: 'EqQBCgIYAhIM' },
      { type: 'redacted_thinking', data: 'opaque' },
    ])
  })

  it('orders blocks by index and finishes blocks left open', () => {
    const message = fold([
      start(),
      blockStart(1, { type: 'text', text: '' }),
      blockStart(0, { type: 'text', text: '' }),
      delta(1, { type: 'text_delta', text: 'second' }),
      delta(0, { type: 'text_delta', text: 'first' }),
    ])
    expect(message.content).toEqual([
      { type: 'text', text: 'first' },
      { type: 'text', text: 'second' },
    ])
  })

  it('merges usage cumulatively, ignoring nulls, and sets stop_reason from message_delta', () => {
    const message = fold([
      start({ cache_read_input_tokens: 5 }),
      {
        event: 'message_delta',
        data: {
          type: 'message_delta',
          delta: { stop_reason: 'stop_sequence', stop_sequence: 'END' },
          usage: { input_tokens: null, output_tokens: 42, cache_read_input_tokens: null },
        },
      },
      { event: 'message_stop', data: { type: 'message_stop', openrouter_metadata: { provider: 'p' } } },
    ])
    expect(message.usage).toEqual({ input_tokens: 10, output_tokens: 42, cache_read_input_tokens: 5 })
    expect(message).toMatchObject({ stop_reason: 'stop_sequence', stop_sequence: 'END' })
    expect(message.openrouter_metadata).toEqual({ provider: 'p' })
  })

  it('ignores unknown events and unknown delta types', () => {
    const message = fold([
      start(),
      { event: 'future_event', data: { type: 'future_event' } },
      blockStart(0, { type: 'text', text: 'x' }),
      delta(0, { type: 'future_delta', payload: 1 }),
      stop(0),
    ])
    expect(message.content).toEqual([{ type: 'text', text: 'x' }])
  })

  it('throws decode when no message_start arrived', () => {
    const error = (() => {
      try {
        new MessageAccumulator().result()
      } catch (caught) {
        return caught
      }
    })()
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
  })
})
