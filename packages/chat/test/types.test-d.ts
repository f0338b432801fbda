import { describe, expectTypeOf, it } from 'vitest'
import {
  type Annotation,
  type AssistantMessage,
  type ChatCompletion,
  type ChatMessage,
  type ChatParams,
  type ChatStream,
  type ChatStreamOptions,
  chat,
  chatStream,
  costOf,
  type FinishReason,
  toAssistantMessage,
  type UsageCost,
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

  it('types the next turn, cost and annotations as documented', () => {
    expectTypeOf(toAssistantMessage).returns.toEqualTypeOf<AssistantMessage>()
    expectTypeOf(toAssistantMessage).returns.toExtend<ChatMessage>()
    expectTypeOf(costOf).returns.toEqualTypeOf<UsageCost | undefined>()
    expectTypeOf<UsageCost>().toEqualTypeOf<{ total: number; upstream?: number; byok: boolean }>()
    const annotation = {} as Annotation
    if (annotation.type === 'url_citation') expectTypeOf(annotation.url_citation.url).toEqualTypeOf<string>()
    else expectTypeOf(annotation.file.hash).toEqualTypeOf<string>()
  })

  it('accepts the server tools, plugins, prompt caching and stop conditions of the OpenAPI spec', () => {
    expectTypeOf(chat).toBeCallableWith({
      model: 'openai/gpt-5.2',
      messages: [
        {
          role: 'user',
          content: [{ type: 'text', text: 'prefix', prompt_cache_breakpoint: { mode: 'explicit' } }],
        },
      ],
      tools: [
        {
          type: 'openrouter:web_search',
          parameters: { engine: 'exa', max_results: 5, search_context_size: 'medium' },
        },
        { type: 'openrouter:web_fetch', parameters: { max_uses: 10 } },
        { type: 'openrouter:datetime', parameters: { timezone: 'America/New_York' } },
        { type: 'openrouter:image_generation', parameters: { model: 'openai/gpt-5-image', quality: 'high' } },
      ],
      plugins: [
        { id: 'web', engine: 'exa', include_domains: ['example.com'] },
        { id: 'file-parser', pdf: { engine: 'mistral-ocr' } },
        { id: 'response-healing' },
        { id: 'context-compression', engine: 'middle-out', enabled: false },
      ],
      prompt_cache_key: 'session-1',
      prompt_cache_options: { mode: 'explicit', ttl: '30m' },
      stop_server_tools_when: [
        { type: 'step_count_is', step_count: 5 },
        { type: 'max_cost', max_cost_in_dollars: 0.5 },
      ],
    })
    // @ts-expect-error a stop condition needs its own field
    expectTypeOf(chat).toBeCallableWith({ messages: [], stop_server_tools_when: [{ type: 'max_cost' }] })
  })
})
