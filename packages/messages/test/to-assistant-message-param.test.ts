import { describe, expect, it } from 'vitest'
import {
  type ContentBlock,
  type Message,
  type MessageParam,
  messages,
  messagesStream,
  toAssistantMessageParam,
} from '../src/index.js'
import { engines, params, useClient, useMockServer, weatherTool } from './helpers.js'

const messageOf = (content: unknown[]): Message => ({
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'm',
  content: content as ContentBlock[],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 1 },
})

describe('toAssistantMessageParam', () => {
  it('keeps thinking, redacted thinking, server tool blocks and cited text as sent, in order', () => {
    const blocks = [
      { type: 'thinking', thinking: 'Let me think.', signature: 'EqQBCgIYAhIM' },
      { type: 'redacted_thinking', data: 'opaque' },
      { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'x' } },
      {
        type: 'web_search_tool_result',
        tool_use_id: 'srvtoolu_1',
        content: [{ type: 'web_search_result', url: 'https://a.example' }],
      },
      {
        type: 'text',
        text: 'Cited.',
        citations: [{ type: 'web_search_result_location', url: 'https://a.example', cited_text: 'x' }],
      },
      { type: 'tool_use', id: 'toolu_1', name: 'f', input: { a: 1 } },
    ]
    expect(toAssistantMessageParam(messageOf(blocks))).toEqual({ role: 'assistant', content: blocks })
  })

  it('drops empty text, null citations and the raw text of a cut input, and makes tool_use ids unique', () => {
    const param = toAssistantMessageParam(
      messageOf([
        { type: 'text', text: '' },
        { type: 'text', text: 'Plain.', citations: null },
        { type: 'tool_use', id: '', name: 'f', input: {} },
        { type: 'tool_use', id: 'toolu_1', name: 'g', input: { a: 1 }, partial_json: '{"a": 1, "b' },
        { type: 'tool_use', id: 'toolu_1', name: 'h', input: {} },
      ]),
    )
    const content = param.content as unknown as Array<Record<string, unknown>>
    expect(content[0]).toEqual({ type: 'text', text: 'Plain.' })
    expect(content[2]).toEqual({ type: 'tool_use', id: 'toolu_1', name: 'g', input: { a: 1 } })
    const ids = content.slice(1).map((block) => block.id)
    expect(new Set(ids).size).toBe(3)
    for (const id of ids) expect(id).toMatch(/^toolu_[0-9a-f]+$/)
  })
})

const mock = useMockServer()

describe.each(engines)('the next turn round trip on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('sends a streamed thinking and tool_use answer back exactly as its content came', async () => {
    const first: MessageParam[] = [{ role: 'user', content: 'Weather in Paris?' }]
    const request = params({
      messages: first,
      tools: [weatherTool],
      thinking: { type: 'enabled', budget_tokens: 1024 },
    })
    const answer = await (await messagesStream(request, { client: client() })).finalMessage()
    const assistant = toAssistantMessageParam(answer)
    // What Anthropic's tool-use guide does by hand: the answer's content, as it came.
    expect(assistant).toEqual({ role: 'assistant', content: answer.content })
    const call = answer.content.find((block) => block.type === 'tool_use')
    const result: MessageParam = {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: call?.type === 'tool_use' ? call.id : '', content: '18°C' },
      ],
    }
    await messages(params({ messages: [...first, assistant, result], tools: [weatherTool] }), {
      client: client(),
    })
    const body = mock.server.requests.at(-1)?.body as { messages: MessageParam[] }
    expect(body.messages[1]).toEqual(assistant)
    const thinking = (
      body.messages[1]?.content as Array<{ type: string; signature?: string }> | undefined
    )?.[0]
    expect(thinking).toMatchObject({
      type: 'thinking',
      signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/),
    })
  })
})
