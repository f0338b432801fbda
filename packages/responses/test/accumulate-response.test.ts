import { parseEventData } from '@orsdk/transport/protocol'
import { describe, expect, it } from 'vitest'
import { ResponsesAccumulator, type ResponsesStreamEvent } from '../src/index.js'
import { fixturePieces } from './helpers.js'

/** The fixture's events, parsed; comments left out. */
const fixtureEvents = (): ResponsesStreamEvent[] =>
  fixturePieces('responses-stream.spec-events.sse')
    .filter((piece) => !piece.startsWith(':'))
    .map(
      (piece) =>
        parseEventData({ data: piece.split('\ndata: ')[1] ?? '' }, 'fixture') as ResponsesStreamEvent,
    )

const accumulate = (events: ResponsesStreamEvent[], generationId?: string) => {
  const accumulator = new ResponsesAccumulator(generationId)
  for (const event of events) accumulator.add(event)
  return accumulator.result()
}

const at = { item_id: 'msg_1', output_index: 0, content_index: 0 }
const created = {
  type: 'response.created',
  response: { id: 'resp_1', object: 'response', status: 'in_progress', output: [] },
}
const messageAdded = {
  type: 'response.output_item.added',
  output_index: 0,
  item: { type: 'message', id: 'msg_1', role: 'assistant', content: [] },
}
const callAdded = {
  type: 'response.output_item.added',
  output_index: 1,
  item: { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'f', arguments: '' },
}

describe('ResponsesAccumulator', () => {
  it('builds from the events the same output that response.completed carries', () => {
    const events = fixtureEvents()
    const completed = events.at(-1) as { response: { output: unknown[] } }
    // The same stream with a response.completed that carries no output: built from the events.
    const withoutOutput = [
      ...events.slice(0, -1),
      { ...completed, response: { ...completed.response, output: [] } },
    ]
    const built = accumulate(withoutOutput as ResponsesStreamEvent[], 'gen-1')
    expect(built.output).toEqual(completed.response.output)
    expect(built.output_text).toBe('The Golden Gate Bridge opened on May 27, 1937 — 橋 🌉.')
    expect(built.status).toBe('completed')
    expect(built.generationId).toBe('gen-1')
  })

  it('finishes items that are not done from their deltas, as a failed stream needs', () => {
    const events = fixtureEvents()
    const cut = events.findIndex((event) => event.type === 'response.output_text.annotation.added')
    const partial = accumulate(events.slice(0, cut + 1))
    expect(partial.status).toBe('in_progress')
    expect(partial.output.map((item) => item.type)).toEqual(['reasoning', 'web_search_call', 'message'])
    expect(partial.output[2]).toMatchObject({
      status: 'in_progress',
      content: [
        {
          type: 'output_text',
          text: 'The Golden Gate Bridge opened on May 27, 1937 — 橋 🌉.',
          annotations: [{ type: 'url_citation', title: 'Golden Gate Bridge' }],
        },
      ],
    })
  })

  it('joins function call arguments and reasoning summaries and text split across deltas', () => {
    const events = [
      created,
      {
        type: 'response.output_item.added',
        output_index: 0,
        item: { type: 'reasoning', id: 'rs_1', summary: [] },
      },
      {
        type: 'response.reasoning_summary_part.added',
        item_id: 'rs_1',
        output_index: 0,
        summary_index: 0,
        part: { type: 'summary_text', text: '' },
      },
      {
        type: 'response.reasoning_summary_text.delta',
        item_id: 'rs_1',
        output_index: 0,
        summary_index: 0,
        delta: 'Think',
      },
      {
        type: 'response.reasoning_summary_text.delta',
        item_id: 'rs_1',
        output_index: 0,
        summary_index: 0,
        delta: 'ing.',
      },
      {
        type: 'response.reasoning_text.delta',
        item_id: 'rs_1',
        output_index: 0,
        content_index: 0,
        delta: 'raw',
      },
      {
        type: 'response.output_item.added',
        output_index: 1,
        item: { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '' },
      },
      { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 1, delta: '{"ci' },
      {
        type: 'response.function_call_arguments.delta',
        item_id: 'fc_1',
        output_index: 1,
        delta: 'ty":"Paris"}',
      },
    ] as ResponsesStreamEvent[]
    const result = accumulate(events)
    expect(result.output).toEqual([
      {
        type: 'reasoning',
        id: 'rs_1',
        summary: [{ type: 'summary_text', text: 'Thinking.' }],
        content: [{ type: 'reasoning_text', text: 'raw' }],
      },
      {
        type: 'function_call',
        id: 'fc_1',
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris"}',
      },
    ])
  })

  it('lets a .done event replace the pieces with the whole text', () => {
    const events = [
      created,
      messageAdded,
      callAdded,
      { type: 'response.output_text.delta', ...at, delta: 'Hel' },
      { type: 'response.output_text.done', ...at, text: 'Hello' },
      { type: 'response.function_call_arguments.delta', item_id: 'fc_1', output_index: 1, delta: '{"a"' },
      {
        type: 'response.function_call_arguments.done',
        item_id: 'fc_1',
        output_index: 1,
        arguments: '{"a":1}',
      },
    ] as ResponsesStreamEvent[]
    const result = accumulate(events)
    expect(result.output_text).toBe('Hello')
    expect(result.output[1]).toMatchObject({ type: 'function_call', arguments: '{"a":1}' })
  })

  it('builds message parts from deltas that came without their content_part.added, refusals included', () => {
    const events = [
      created,
      messageAdded,
      { type: 'response.output_text.delta', ...at, delta: 'Hi' },
      { type: 'response.refusal.delta', ...at, content_index: 1, delta: 'No.' },
      { type: 'response.future_feature.delta', output_index: 0, delta: 'ignored' },
    ] as ResponsesStreamEvent[]
    expect(accumulate(events).output).toEqual([
      {
        type: 'message',
        id: 'msg_1',
        role: 'assistant',
        content: [
          { type: 'output_text', text: 'Hi', annotations: [] },
          { type: 'refusal', refusal: 'No.' },
        ],
      },
    ])
  })

  it('keeps the status, usage and incomplete details of response.incomplete', () => {
    const incomplete = {
      type: 'response.incomplete',
      response: {
        ...created.response,
        status: 'incomplete',
        incomplete_details: { reason: 'max_output_tokens' },
        usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3 },
      },
    }
    const result = accumulate([
      created,
      messageAdded,
      { type: 'response.output_text.delta', ...at, delta: 'cut' },
      incomplete,
    ] as ResponsesStreamEvent[])
    expect(result).toMatchObject({
      status: 'incomplete',
      incomplete_details: { reason: 'max_output_tokens' },
      output_text: 'cut',
    })
    expect(result.usage?.total_tokens).toBe(3)
  })

  it('ignores the events of an item that never started', () => {
    const result = accumulate([
      created,
      { type: 'response.output_text.delta', ...at, delta: 'lost' },
    ] as ResponsesStreamEvent[])
    expect(result.output).toEqual([])
  })

  it('throws a decode error when nothing arrived', () => {
    expect(() => new ResponsesAccumulator().result()).toThrow(/no response event arrived/)
  })
})
