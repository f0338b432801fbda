import { isOpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type ChatParams, ChatParamsSchema, chat, chatStream } from '../src/index.js'
import { engines, params, rejection, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

const user = { role: 'user', content: 'Hi' }
const cases: Array<[string, Record<string, unknown>, RegExp]> = [
  ['empty messages', { messages: [] }, /: messages: must not be empty/],
  ['missing messages', { model: 'openai/gpt-4o-mini' }, /: messages: is required/],
  ['a wrong role', { messages: [user, { role: 'bot', content: 'x' }] }, /: messages\[1\]\.role: /],
  [
    'a tool message without tool_call_id',
    { messages: [user, { role: 'assistant', content: 'ok' }, { role: 'tool', content: '{}' }] },
    /: messages\[2\]\.tool_call_id: is required/,
  ],
  [
    'content of the wrong type',
    { messages: [user, user, { role: 'user', content: 42 }] },
    /: messages\[2\]\.content: /,
  ],
  [
    'a text part without text',
    { messages: [{ role: 'user', content: [{ type: 'text' }] }] },
    /: messages\[0\]\.content\[0\]\.text: is required/,
  ],
  [
    'an image part without a url',
    { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: {} }] }] },
    /: messages\[0\]\.content\[0\]\.image_url\.url: /,
  ],
  ['temperature above 2', { messages: [user], temperature: 2.5 }, /: temperature: must be 0 to 2/],
  ['temperature below 0', { messages: [user], temperature: -0.1 }, /: temperature: must be 0 to 2/],
  ['top_p above 1', { messages: [user], top_p: 1.5 }, /: top_p: must be 0 to 1/],
  ['a string temperature', { messages: [user], temperature: '0.5' }, /: temperature: /],
  ['an empty models list', { messages: [user], models: [] }, /: models: must not be empty/],
  ['a fractional max_tokens', { messages: [user], max_tokens: 1.5 }, /: max_tokens: must be an integer/],
  [
    'a function tool without a name',
    { messages: [user], tools: [{ type: 'function', function: { name: '' } }] },
    /: tools\[0\]\.function\.name: must not be empty/,
  ],
  [
    'a json_schema response_format without a name',
    { messages: [user], response_format: { type: 'json_schema', json_schema: { schema: {} } } },
    /: response_format\.json_schema\.name: /,
  ],
  ['params that are not an object', null as unknown as Record<string, unknown>, /: params: /],
]

describe.each(engines)('request validation on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it.each(cases)('rejects %s before any I/O with the field path', async (_name, body, message) => {
    for (const call of [chat, chatStream]) {
      const before = mock.server.requests.length
      const error = await rejection(call(body as unknown as ChatParams, { client: client() }))
      expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
      expect((error as Error).message).toMatch(new RegExp(`^${call.name}${message.source}`))
      expect(mock.server.requests.length).toBe(before)
    }
  })

  it('rejects a hand-set stream before any I/O when chatStream is called', async () => {
    const before = mock.server.requests.length
    const error = await rejection(chatStream({ ...params(), stream: false }, { client: client() }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^chatStream: stream: leave it out/)
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects an into that is not a function before any I/O', async () => {
    const before = mock.server.requests.length
    const into = 'log' as unknown as () => void
    const error = await rejection(chatStream(params(), { client: client(), into }))
    expect((error as Error).message).toBe('chatStream: options.into: must be a function')
    expect(mock.server.requests.length).toBe(before)
  })
})

describe('ChatParamsSchema', () => {
  it('accepts every message role and part type when they are well formed', () => {
    const body: ChatParams = {
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'developer', content: [{ type: 'text', text: 'Use JSON.' }] },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in these?', cache_control: { type: 'ephemeral' } },
            { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'low' } },
            { type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } },
            { type: 'video_url', video_url: { url: 'https://example.com/a.mp4' } },
            { type: 'file', file: { filename: 'a.pdf', file_data: 'https://example.com/a.pdf' } },
          ],
        },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'look', arguments: '{}' } }],
          reasoning_details: [{ type: 'reasoning.text', text: 'hm', signature: 'sig', index: 0 }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: 'a cat' },
      ],
      tools: [{ type: 'function', function: { name: 'look' } }, { type: 'openrouter:web_search' }],
      response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema: {} } },
      reasoning: { max_tokens: 2000, exclude: false },
      temperature: 0,
      top_p: 1,
    }
    expect(v.safeParse(ChatParamsSchema, body).success).toBe(true)
  })

  it('accepts part types and fields newer than the schema when they appear', () => {
    const body = { messages: [{ role: 'user', content: [{ type: 'input_hologram', data: 'x' }] }], future: 1 }
    expect(v.safeParse(ChatParamsSchema, body).success).toBe(true)
  })
})
