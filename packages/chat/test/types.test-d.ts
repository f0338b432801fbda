import { describe, expectTypeOf, it } from 'vitest'
import type {
  ChatCompletion,
  ChatParams,
  ChatStream,
  ChatStreamEvent,
  chat,
  chatStream,
  FinishReason,
} from '../src/index.js'

describe('types', () => {
  it('accepts a request pasted from the OpenRouter docs', () => {
    const params: ChatParams = {
      model: 'openai/gpt-4o',
      models: ['anthropic/claude-sonnet-4', 'google/gemini-2.5-pro'],
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"ok":true}' },
      ],
      provider: { order: ['openai'], data_collection: 'deny', zdr: true, max_price: { prompt: 1 } },
      reasoning: { effort: 'high', exclude: false },
      response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: {} } },
      plugins: [{ id: 'web', max_results: 3 }],
    }
    expectTypeOf(params).toMatchTypeOf<ChatParams>()
  })

  it('rejects a wrong role and a tool message without tool_call_id at compile time', () => {
    // @ts-expect-error an unknown role
    const wrongRole: ChatParams = { messages: [{ role: 'bot', content: 'x' }] }
    // @ts-expect-error a tool message needs tool_call_id
    const noCallId: ChatParams = { messages: [{ role: 'tool', content: 'x' }] }
    expectTypeOf(wrongRole).toMatchTypeOf<ChatParams>()
    expectTypeOf(noCallId).toMatchTypeOf<ChatParams>()
  })

  it('keeps enums open and the function signatures as documented', () => {
    expectTypeOf<'stop'>().toMatchTypeOf<FinishReason>()
    expectTypeOf<'a_new_reason'>().toMatchTypeOf<FinishReason>()
    expectTypeOf<typeof chat>().returns.resolves.toEqualTypeOf<ChatCompletion>()
    expectTypeOf<typeof chatStream>().returns.resolves.toEqualTypeOf<ChatStream>()
    expectTypeOf<ChatStream>().toMatchTypeOf<AsyncIterable<unknown>>()
    expectTypeOf<
      Extract<ChatStreamEvent, { type: 'complete' }>['completion']
    >().toEqualTypeOf<ChatCompletion>()
  })
})
