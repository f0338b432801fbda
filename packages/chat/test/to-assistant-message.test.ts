import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import {
  type AssistantMessage,
  type ChatCompletion,
  type ChatMessage,
  type CompletionMessage,
  chat,
  chatStream,
  toAssistantMessage,
} from '../src/index.js'
import { engines, params, useClient, useMockServer } from './helpers.js'

const completionOf = (message: Partial<CompletionMessage>, index = 0): ChatCompletion => ({
  id: 'gen-1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [{ index, finish_reason: 'stop', message: { role: 'assistant', content: null, ...message } }],
})
const call = (id: string, name = 'f', args = '{"a":1}') => ({
  id,
  type: 'function',
  function: { name, arguments: args },
})

describe('toAssistantMessage', () => {
  it('keeps content, tool calls as sent and reasoning_details in order, leaving display-only fields behind', () => {
    const details = [
      { type: 'reasoning.summary', summary: 'Plan.', index: 0, format: 'anthropic-claude-v1' },
      { type: 'reasoning.text', text: 'Think.', signature: 'c2ln', index: 1, format: 'anthropic-claude-v1' },
      { type: 'reasoning.encrypted', data: 'ZW5j', id: 'r-1', index: 2 },
    ]
    const message = toAssistantMessage(
      completionOf({
        content: 'Answer',
        refusal: null,
        reasoning: 'Plan. Think.',
        reasoning_details: details,
        tool_calls: [call('call_a', 'first', '{"q":"x"}')],
        images: [{ image_url: { url: 'data:image/png;base64,AA' } }],
      }),
    )
    expect(message).toEqual({
      role: 'assistant',
      content: 'Answer',
      tool_calls: [call('call_a', 'first', '{"q":"x"}')],
      reasoning_details: details,
    })
    expect(message.reasoning_details?.[1]).toBe(details[1])
  })

  it('replaces empty and duplicated tool-call ids with fresh unique ones and keeps the rest', () => {
    const message = toAssistantMessage(
      completionOf({ tool_calls: [call(''), call('call_1'), call('call_1'), call('call_2'), call('')] }),
    )
    const ids = message.tool_calls?.map((entry) => entry.id) ?? []
    expect(ids[1]).toBe('call_1')
    expect(ids[3]).toBe('call_2')
    expect(new Set(ids).size).toBe(5)
    for (const id of ids) expect(id).toMatch(/^call_[0-9a-f]+$/)
  })

  it('gives arguments {} to a call that has none', () => {
    const calls = [{ id: 'call_1', type: 'function', function: { name: 'now', arguments: '' } }]
    expect(toAssistantMessage(completionOf({ tool_calls: calls })).tool_calls?.[0]?.function.arguments).toBe(
      '{}',
    )
  })

  it('sends back the file annotations of a parsed PDF but not url citations', () => {
    const file = {
      type: 'file' as const,
      file: { hash: 'abc', name: 'doc.pdf', content: [{ type: 'text' as const, text: 'x' }] },
    }
    const url = { type: 'url_citation' as const, url_citation: { url: 'https://a.example' } }
    expect(toAssistantMessage(completionOf({ content: 'ok', annotations: [url, file] })).annotations).toEqual(
      [file],
    )
    expect(toAssistantMessage(completionOf({ content: 'ok', annotations: [url] }))).not.toHaveProperty(
      'annotations',
    )
  })

  it('references an audio answer by its id only', () => {
    const message = toAssistantMessage(
      completionOf({ audio: { id: 'audio_1', data: 'AAAA', transcript: 'hi' } }),
    )
    expect(message).toEqual({ role: 'assistant', content: null, audio: { id: 'audio_1' } })
  })

  it('picks the choice with the given index, and rejects one the completion does not have', () => {
    const completion: ChatCompletion = {
      ...completionOf({ content: 'zero' }),
      choices: [
        { index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'zero' } },
        { index: 1, finish_reason: 'stop', message: { role: 'assistant', content: 'one' } },
      ],
    }
    expect(toAssistantMessage(completion, 1).content).toBe('one')
    const error = (() => {
      try {
        toAssistantMessage(completion, 2)
      } catch (caught) {
        return caught
      }
    })()
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toContain('toAssistantMessage: choice 2')
  })
})

const mock = useMockServer()

// What OpenRouter's reasoning and tool-calling guides build by hand for the next turn.
const carefulUser = (message: CompletionMessage): AssistantMessage => {
  const next: AssistantMessage = { role: 'assistant', content: message.content }
  if (message.tool_calls)
    next.tool_calls = message.tool_calls.map((entry) => ({ ...entry, type: 'function' as const }))
  if (message.reasoning_details) next.reasoning_details = message.reasoning_details
  return next
}
const tools = ['get_weather', 'get_time'].map((name) => ({
  type: 'function' as const,
  function: {
    name,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
}))

describe.each(engines)('the next turn round trip on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))
  const nextTurnBody = async (first: ChatMessage[], assistant: AssistantMessage, after: ChatMessage[]) => {
    await chat(params({ messages: [...first, assistant, ...after] }), { client: client() })
    const body = mock.server.requests.at(-1)?.body as { messages: ChatMessage[] }
    return body.messages[first.length]
  }
  const question: ChatMessage[] = [{ role: 'user', content: 'Weather and time in Paris?' }]

  it('sends a streamed text answer back as the careful user would', async () => {
    const completion = await (
      await chatStream(params({ messages: question }), { client: client() })
    ).finalCompletion()
    const assistant = toAssistantMessage(completion)
    expect(assistant).toEqual(carefulUser(completion.choices[0]?.message as CompletionMessage))
    expect(await nextTurnBody(question, assistant, [{ role: 'user', content: 'Thanks' }])).toEqual(assistant)
  })

  it('sends parallel tool calls back with their ids and the arguments as streamed', async () => {
    const request = params({ messages: question, tools, parallel_tool_calls: true })
    const completion = await (await chatStream(request, { client: client() })).finalCompletion()
    const assistant = toAssistantMessage(completion)
    expect(assistant.tool_calls?.map((entry) => entry.function.name)).toEqual(['get_weather', 'get_time'])
    expect(assistant).toEqual(carefulUser(completion.choices[0]?.message as CompletionMessage))
    const results: ChatMessage[] = (assistant.tool_calls ?? []).map((entry) => ({
      role: 'tool',
      tool_call_id: entry.id,
      content: '{"ok":true}',
    }))
    const sent = await nextTurnBody(question, assistant, results)
    expect(sent).toEqual(assistant)
    const body = mock.server.requests.at(-1)?.body as { messages: ChatMessage[] }
    expect(body.messages.slice(2).map((message) => message.role === 'tool' && message.tool_call_id)).toEqual(
      assistant.tool_calls?.map((entry) => entry.id),
    )
  })

  it('sends reasoning_details back whole, signature included, after a streamed thought', async () => {
    const request = params({ messages: question, tools: tools.slice(0, 1), reasoning: { max_tokens: 2000 } })
    const streamed = await (await chatStream(request, { client: client() })).finalCompletion()
    const assistant = toAssistantMessage(streamed)
    const [detail] = assistant.reasoning_details ?? []
    expect(assistant.reasoning_details).toHaveLength(1)
    expect(detail).toMatchObject({ type: 'reasoning.text', format: 'anthropic-claude-v1', index: 0 })
    expect(detail?.signature).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(detail?.text).toBe(streamed.choices[0]?.message.reasoning)
    const call = assistant.tool_calls?.[0]
    const sent = await nextTurnBody(question, assistant, [
      { role: 'tool', tool_call_id: call?.id ?? '', content: '{}' },
    ])
    expect(sent).toEqual(carefulUser(streamed.choices[0]?.message as CompletionMessage))
  })
})
