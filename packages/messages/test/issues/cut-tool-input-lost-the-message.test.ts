import { describe, expect, it } from 'vitest'
import { messagesStream, type ToolUseBlock } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// An Anthropic-format stream whose `max_tokens` cuts a tool_use block's JSON input mid-way ends
// normally (`stop_reason: "max_tokens"`, then `message_stop`), yet finalMessage() rejected with
// `decode`, losing the text, the stop reason and the usage. @anthropic-ai/sdk resolves with the
// partially parsed input. finalMessage() now resolves with everything: the cut block's `input` is
// what its complete prefix parses to (a string value cut mid-way kept as far as it went, a cut
// number or key left out), and `partial_json` keeps the text as it arrived.

const mock = useMockServer()
const event = (name: string, data: Record<string, unknown>) =>
  `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`
const message = {
  id: 'msg_cut',
  type: 'message',
  role: 'assistant',
  model: 'anthropic/claude-sonnet-4.5',
  content: [],
  stop_reason: null,
  stop_sequence: null,
  usage: { input_tokens: 472, output_tokens: 2 },
}
const raw = [
  event('message_start', { message }),
  event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  event('content_block_delta', {
    index: 0,
    delta: { type: 'text_delta', text: 'Let me check both cities.' },
  }),
  event('content_block_stop', { index: 0 }),
  event('content_block_start', {
    index: 1,
    content_block: { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input: {} },
  }),
  event('content_block_delta', {
    index: 1,
    delta: { type: 'input_json_delta', partial_json: '{"cities": ["Paris", "Lon' },
  }),
  event('content_block_delta', {
    index: 1,
    delta: { type: 'input_json_delta', partial_json: 'don"], "unit": "cel' },
  }),
  event('content_block_stop', { index: 1 }),
  event('message_delta', {
    delta: { stop_reason: 'max_tokens', stop_sequence: null },
    usage: { output_tokens: 30 },
  }),
  event('message_stop', {}),
]

describe.each(engines)('a tool input cut by max_tokens on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('resolves with the text, the stop reason, the usage and the cut input marked as such', async () => {
    const stream = await messagesStream(params({ max_tokens: 30 }), scenario({ raw }, { client: client() }))
    const final = await stream.finalMessage()
    expect(final.stop_reason).toBe('max_tokens')
    expect(final.usage).toMatchObject({ input_tokens: 472, output_tokens: 30 })
    expect(final.content[0]).toEqual({ type: 'text', text: 'Let me check both cities.' })
    const cut = final.content[1] as ToolUseBlock
    expect(cut).toEqual({
      type: 'tool_use',
      id: 'toolu_01',
      name: 'get_weather',
      input: { cities: ['Paris', 'London'], unit: 'cel' },
      partial_json: '{"cities": ["Paris", "London"], "unit": "cel',
    })
  })

  it('keeps the complete values of a prefix cut inside an array, without inventing the rest', async () => {
    const shorter = raw.filter((piece) => !piece.includes('unit'))
    const final = await (
      await messagesStream(params(), scenario({ raw: shorter }, { client: client() }))
    ).finalMessage()
    expect((final.content[1] as ToolUseBlock).input).toEqual({ cities: ['Paris', 'Lon'] })
  })
})
