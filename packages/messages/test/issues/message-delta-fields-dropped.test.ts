import { describe, expect, it } from 'vitest'
import { messages, messagesStream } from '../../src/index.js'
import { engines, params, scenario, useClient, useMockServer } from '../helpers.js'

// finalMessage() dropped the top-level fields of `message_delta` other than `delta` and `usage`
// (Anthropic's `context_management`, with the edits applied to the context), so the streamed
// message differed from what messages() returns for the same answer. They are now kept.

const mock = useMockServer()
const contextManagement = {
  applied_edits: [{ type: 'clear_tool_uses_20250919', cleared_tool_uses: 2, cleared_input_tokens: 5000 }],
}
const answer = {
  id: 'msg_ctx',
  type: 'message',
  role: 'assistant',
  model: 'anthropic/claude-sonnet-4.5',
  content: [{ type: 'text', text: 'Done.' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 10, output_tokens: 2 },
  context_management: contextManagement,
}
const event = (name: string, data: Record<string, unknown>) =>
  `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`
const raw = [
  event('message_start', {
    message: {
      ...answer,
      content: [],
      stop_reason: null,
      usage: { input_tokens: 10, output_tokens: 1 },
      context_management: undefined,
    },
  }),
  event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Done.' } }),
  event('content_block_stop', { index: 0 }),
  event('message_delta', {
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: 2 },
    context_management: contextManagement,
  }),
  event('message_stop', {}),
]

describe.each(engines)('message_delta fields on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('gives the same message streamed as buffered, context_management included', async () => {
    const buffered = await messages(params(), scenario({ body: answer }, { client: client() }))
    const streamed = await (
      await messagesStream(params(), scenario({ raw }, { client: client() }))
    ).finalMessage()
    expect(streamed.context_management).toEqual(contextManagement)
    expect(streamed).toEqual(buffered)
  })
})
