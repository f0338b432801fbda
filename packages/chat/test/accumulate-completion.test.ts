import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type ChatCompletionChunk,
  type ChunkChoice,
  type ChunkDelta,
  CompletionAccumulator,
} from '../src/index.js'

const chunk = (choices: ChunkChoice[], extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk => ({
  id: 'gen-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'anthropic/claude-sonnet-4',
  provider: 'Anthropic',
  choices,
  ...extra,
})
const delta = (value: ChunkDelta, finish: string | null = null, index = 0): ChunkChoice => ({
  index,
  delta: value,
  finish_reason: finish,
})
const accumulate = (chunks: ChatCompletionChunk[]) => {
  const accumulator = new CompletionAccumulator('gen-1')
  for (const item of chunks) accumulator.add(item)
  return accumulator.result()
}

describe('CompletionAccumulator', () => {
  it('merges reasoning_details by type and index and keeps the signature when fragments share an index', () => {
    const completion = accumulate([
      chunk([
        delta({
          reasoning: 'Let ',
          reasoning_details: [
            { type: 'reasoning.text', text: 'Let ', index: 0, format: 'anthropic-claude-v1' },
          ],
        }),
      ]),
      chunk([
        delta({
          reasoning: 'me think',
          reasoning_details: [{ type: 'reasoning.text', text: 'me think', index: 0 }],
        }),
      ]),
      chunk([
        delta({ reasoning_details: [{ type: 'reasoning.text', text: '', signature: 'c2ln', index: 0 }] }),
      ]),
      chunk([delta({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'ZW5j', index: 1 }] })]),
      chunk([delta({ content: 'Answer' }, 'stop')]),
    ])
    const message = completion.choices[0]?.message
    expect(message?.reasoning).toBe('Let me think')
    expect(message?.reasoning_details).toEqual([
      {
        type: 'reasoning.text',
        text: 'Let me think',
        index: 0,
        format: 'anthropic-claude-v1',
        signature: 'c2ln',
      },
      { type: 'reasoning.encrypted', data: 'ZW5j', index: 1 },
    ])
  })

  it('appends reasoning_details in order when they carry no index', () => {
    const completion = accumulate([
      chunk([delta({ reasoning_details: [{ type: 'reasoning.summary', summary: 'First.' }] })]),
      chunk([delta({ reasoning_details: [{ type: 'reasoning.summary', summary: 'Second.' }] })]),
    ])
    expect(completion.choices[0]?.message.reasoning_details?.map((detail) => detail.summary)).toEqual([
      'First.',
      'Second.',
    ])
  })

  it('assembles parallel tool calls by index when their fragments interleave', () => {
    const completion = accumulate([
      chunk([
        delta({
          tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'a', arguments: '' } }],
        }),
      ]),
      chunk([
        delta({
          tool_calls: [
            { index: 1, id: 'call_b', type: 'function', function: { name: 'b', arguments: '{"y"' } },
          ],
        }),
      ]),
      chunk([delta({ tool_calls: [{ index: 0, function: { arguments: '{"x":' } }] })]),
      chunk([delta({ tool_calls: [{ index: 1, function: { arguments: ':2}' } }] })]),
      chunk([delta({ tool_calls: [{ index: 0, function: { arguments: '1}' } }] }, 'tool_calls')]),
    ])
    expect(completion.choices[0]?.message.tool_calls).toEqual([
      { id: 'call_a', type: 'function', function: { name: 'a', arguments: '{"x":1}' } },
      { id: 'call_b', type: 'function', function: { name: 'b', arguments: '{"y":2}' } },
    ])
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls')
  })

  it('matches tool-call fragments by id when a provider omits the index', () => {
    const completion = accumulate([
      chunk([
        delta({
          tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'a', arguments: '{' } } as never],
        }),
      ]),
      chunk([delta({ tool_calls: [{ id: 'call_a', function: { arguments: '}' } } as never] })]),
    ])
    expect(completion.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('{}')
  })

  it('keeps the finish reason and takes usage when the usage chunk has one empty-delta choice', () => {
    const usage = { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4, cost: 0.1 }
    const completion = accumulate([
      chunk([delta({ role: 'assistant', content: 'Hi' }, 'stop')]),
      chunk([{ index: 0, delta: {}, finish_reason: null }], { usage }),
    ])
    expect(completion.choices).toEqual([
      { index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' },
    ])
    expect(completion.usage).toEqual(usage)
  })

  it('orders choices by index and keeps refusal and logprobs when several choices stream', () => {
    const token = { token: 'No', logprob: -0.1 }
    const completion = accumulate([
      chunk([delta({ refusal: 'No' }, null, 1)]),
      chunk([{ ...delta({ content: 'Yes' }, 'stop', 0), logprobs: { content: [token] } }]),
      chunk([delta({ refusal: '.' }, 'content_filter', 1)]),
    ])
    expect(completion.choices.map((choice) => choice.index)).toEqual([0, 1])
    expect(completion.choices[0]?.logprobs?.content).toEqual([token])
    expect(completion.choices[1]?.message).toEqual({ role: 'assistant', content: null, refusal: 'No.' })
  })

  it('returns an empty completion with the generation id when no chunk arrived', () => {
    expect(new CompletionAccumulator('gen-9').result()).toMatchObject({
      id: 'gen-9',
      choices: [],
      generationId: 'gen-9',
    })
  })

  it('rebuilds the same content whatever way the text is split into deltas', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (pieces) => {
        const completion = accumulate(pieces.map((piece) => chunk([delta({ content: piece })])))
        return (completion.choices[0]?.message.content ?? '') === pieces.join('')
      }),
    )
  })
})
