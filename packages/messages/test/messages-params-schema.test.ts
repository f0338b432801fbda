import { isOpenRouterError } from '@orsdk/transport'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type MessagesParams, MessagesParamsSchema, messages, messagesStream } from '../src/index.js'
import { engines, params, rejection, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

// Bad input on purpose: typed loosely so each case can break one field.
const cases: [title: string, input: unknown, path: string][] = [
  [
    'fails on a missing model',
    { messages: [{ role: 'user', content: 'Hi' }] },
    'messages: model: is required',
  ],
  ['fails on empty messages', { model: 'x/y', messages: [] }, 'messages: messages: must not be empty'],
  [
    'fails on an unknown role',
    {
      model: 'x/y',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'tool', content: 'x' },
      ],
    },
    'messages: messages[1].role: must be "user" or "assistant"',
  ],
  [
    'fails on a system role inside messages, pointing at the system field',
    { model: 'x/y', messages: [{ role: 'system', content: 'Be brief' }] },
    'messages: messages[0].role: must be "user" or "assistant" (put a system prompt in the top-level `system` field)',
  ],
  [
    'fails on max_tokens that is not a positive integer',
    { ...params(), max_tokens: 0 },
    'messages: max_tokens: must be at least 1',
  ],
  [
    'fails on fractional max_tokens',
    { ...params(), max_tokens: 1.5 },
    'messages: max_tokens: must be an integer',
  ],
  [
    'fails on a content that is neither string nor blocks',
    { model: 'x/y', messages: [{ role: 'user', content: 42 }] },
    'messages: messages[0].content: must be a string or an array of content blocks',
  ],
  [
    'fails on a tool_result block without tool_use_id',
    { model: 'x/y', messages: [{ role: 'user', content: [{ type: 'tool_result', content: 'sunny' }] }] },
    'messages: messages[0].content[0].tool_use_id: is required',
  ],
  [
    'fails on a temperature above 2',
    { ...params(), temperature: 3 },
    'messages: temperature: must be 0 to 2',
  ],
  [
    'fails on enabled thinking without budget_tokens',
    { ...params(), thinking: { type: 'enabled' } },
    'messages: thinking.budget_tokens: is required',
  ],
  [
    'fails on a tool without a name',
    { ...params(), tools: [{ name: '', input_schema: { type: 'object' } }] },
    'messages: tools[0].name: must not be empty',
  ],
  [
    'fails on more than 3 fallbacks',
    { ...params(), fallbacks: [{ model: 'a/b' }, { model: 'a/c' }, { model: 'a/d' }, { model: 'a/e' }] },
    'messages: fallbacks: takes at most 3 models',
  ],
  [
    'fails on fallbacks together with models',
    { ...params(), models: ['a/b'], fallbacks: [{ model: 'a/c' }] },
    'messages: fallbacks: cannot be combined with models',
  ],
  ['fails on stream: true', { ...params(), stream: true }, 'messages: stream: call messagesStream'],
]

describe.each(engines)('params checks on the $name', (engine) => {
  const client = useClient(mock, engine)

  it.each(cases)('%s, before any I/O', async (_title, input, message) => {
    const before = mock.server.requests.length
    const error = await rejection(messages(input as MessagesParams, { client: client() }))
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('invalid_request')
    expect(error.message).toContain(message)
    expect(mock.server.requests.length).toBe(before)
  })

  it('fails with the messagesStream name when the stream call gets bad params', async () => {
    const before = mock.server.requests.length
    const error = await rejection(messagesStream({ ...params(), messages: [] }, { client: client() }))
    expect(isOpenRouterError(error) && error.message).toContain('messagesStream: messages: must not be empty')
    expect(mock.server.requests.length).toBe(before)
  })

  it('fails when messagesStream gets a stream field, since it sets stream itself', async () => {
    const input = { ...params(), stream: true } as MessagesParams
    const error = await rejection(messagesStream(input, { client: client() }))
    expect(isOpenRouterError(error) && error.message).toContain('messagesStream: stream: leave it out')
  })

  it('fails when into is not a function', async () => {
    const options = { client: client(), into: 'nope' } as unknown as Parameters<typeof messagesStream>[1]
    const error = await rejection(messagesStream(params(), options))
    expect(isOpenRouterError(error) && error.message).toBe('messagesStream: options.into: must be a function')
  })

  it('accepts a request with only model and messages, and unknown fields, when they are sent', async () => {
    const input = { model: 'x/y', messages: [{ role: 'user', content: 'Hi' }], future_field: { on: true } }
    await messages(input as MessagesParams, { client: client() })
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ future_field: { on: true } })
  })
})

describe('MessagesParamsSchema', () => {
  it('accepts every documented block type and unknown ones when the shapes are right', () => {
    const input: MessagesParams = {
      model: 'anthropic/claude-sonnet-4.5',
      system: [{ type: 'text', text: 'Context', cache_control: { type: 'ephemeral' } }],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Look' },
            { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } },
            { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'doc' } },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'hmm', signature: 'sig' },
            { type: 'redacted_thinking', data: 'xyz' },
            { type: 'tool_use', id: 'toolu_1', name: 'f', input: {} },
          ],
        },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok', is_error: false }],
        },
      ],
      thinking: { type: 'adaptive' },
      tool_choice: { type: 'tool', name: 'f' },
    }
    const future = { ...input, messages: [{ role: 'user', content: [{ type: 'future_block', x: 1 }] }] }
    expect(v.safeParse(MessagesParamsSchema, input).success).toBe(true)
    expect(v.safeParse(MessagesParamsSchema, future).success).toBe(true)
  })
})
