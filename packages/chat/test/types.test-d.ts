import { describe, expectTypeOf, it } from 'vitest'
import {
  type ChatCompletion,
  type ChatParams,
  type ChatStream,
  type ChatStreamOptions,
  chat,
  chatStream,
  type FinishReason,
} from '../src/index.js'

describe('types', () => {
  it('accepts a request pasted from the OpenRouter docs', () => {
    expectTypeOf(chat).toBeCallableWith({
      model: 'openai/gpt-4o',
      models: ['anthropic/claude-sonnet-4', 'google/gemini-2.5-pro'],
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] },
        {
          role: 'user',
          content: [{ type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '{"ok":true}' },
      ],
      provider: { order: ['openai'], data_collection: 'deny', zdr: true, max_price: { prompt: 1 } },
      reasoning: { effort: 'high', exclude: false },
      response_format: { type: 'json_schema', json_schema: { name: 'x', strict: true, schema: {} } },
      plugins: [{ id: 'web', max_results: 3 }],
    })
  })

  it('rejects a wrong role, a tool message without tool_call_id and stream: true at compile time', () => {
    // @ts-expect-error an unknown role
    expectTypeOf(chat).toBeCallableWith({ messages: [{ role: 'bot', content: 'x' }] })
    // @ts-expect-error a tool message needs tool_call_id
    expectTypeOf(chat).toBeCallableWith({ messages: [{ role: 'tool', content: 'x' }] })
    expectTypeOf<ChatParams['stream']>().toEqualTypeOf<false | undefined>()
  })

  it('keeps enums open and the function signatures as documented', () => {
    expectTypeOf<'stop'>().toExtend<FinishReason>()
    expectTypeOf<'a_new_reason'>().toExtend<FinishReason>()
    expectTypeOf(chat).returns.resolves.toEqualTypeOf<ChatCompletion>()
    expectTypeOf(chatStream).returns.resolves.toEqualTypeOf<ChatStream>()
    expectTypeOf(chatStream).parameter(1).toEqualTypeOf<ChatStreamOptions | undefined>()
  })
})
