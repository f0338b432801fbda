import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'
import { chatBody, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

interface Completion {
  id: string
  object: string
  model: string
  provider: string
  choices: Array<{ finish_reason: string; native_finish_reason: string; message: Record<string, unknown> }>
  usage: Record<string, unknown>
}

describe('POST /chat/completions (buffered)', () => {
  it('returns a chat.completion with usage and an X-Generation-Id when the request is valid', async () => {
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody())
    expect(response.status).toBe(200)
    const body = (await response.json()) as Completion
    expect(response.headers.get('x-generation-id')).toBe(body.id)
    expect(body.id).toMatch(/^gen-\d+-[A-Za-z0-9]{20}$/)
    expect(body).toMatchObject({
      object: 'chat.completion',
      model: 'openai/gpt-4o-mini',
      provider: 'EmulatorProvider',
    })
    expect(body.choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'stop' })
    expect(body.choices[0]?.message.content).toContain('openai/gpt-4o-mini')
    expect(body.usage).toMatchObject({
      is_byok: false,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    })
    const usage = body.usage as { prompt_tokens: number; completion_tokens: number; total_tokens: number }
    expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens)
  })

  it('uses openrouter/auto and the scenario text when no model is given', async () => {
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      { messages: [{ role: 'user', content: 'x' }] },
      {
        text: 'Scripted.',
      },
    )
    const body = (await response.json()) as Completion
    expect(body.model).toBe('openrouter/auto')
    expect(body.choices[0]?.message.content).toBe('Scripted.')
  })

  it('answers 400 with an OpenRouter error body when messages are missing or empty', async () => {
    for (const body of [{ model: 'a/b' }, { model: 'a/b', messages: [] }]) {
      const response = await postJson(`${server.baseURL}/chat/completions`, body)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({
        error: { code: 400, metadata: { error_type: 'invalid_request' } },
      })
    }
  })

  it('answers 401 exactly like OpenRouter when the key is missing', async () => {
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify(chatBody()),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      error: { code: 401, message: 'No cookie auth credentials found' },
    })
  })

  it('returns message.tool_calls with JSON arguments when the request has tools', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' }, unit: { enum: ['c', 'f'] } },
          },
        },
      },
    ]
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody({ tools }))
    const body = (await response.json()) as Completion
    expect(body.choices[0]?.finish_reason).toBe('tool_calls')
    const calls = body.choices[0]?.message.tool_calls as Array<{
      id: string
      function: { name: string; arguments: string }
    }>
    expect(calls[0]?.function.name).toBe('get_weather')
    expect(JSON.parse(calls[0]?.function.arguments ?? '')).toEqual({ city: 'emulated', unit: 'c' })
  })

  it('answers in text when the last message is a tool result', async () => {
    const tools = [
      { type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } },
    ]
    const messages = [
      { role: 'user', content: 'go' },
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }],
      },
      { role: 'tool', tool_call_id: 'c1', content: '42' },
    ]
    const body = (await (
      await postJson(`${server.baseURL}/chat/completions`, chatBody({ tools, messages }))
    ).json()) as Completion
    expect(body.choices[0]?.finish_reason).toBe('stop')
  })

  it('returns message.reasoning and reasoning_details when reasoning is requested', async () => {
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ reasoning: { effort: 'low' } }),
    )
    const message = ((await response.json()) as Completion).choices[0]?.message
    expect(typeof message?.reasoning).toBe('string')
    expect(message?.reasoning_details).toEqual([
      expect.objectContaining({
        type: 'reasoning.text',
        format: 'anthropic-claude-v1',
        signature: expect.any(String),
      }),
    ])
  })

  it('describes the audio it received when a message has an input_audio part', async () => {
    const data = Buffer.alloc(1234, 7).toString('base64')
    const content = [
      { type: 'text', text: 'Transcribe' },
      { type: 'input_audio', input_audio: { data, format: 'wav' } },
    ]
    const body = chatBody({ messages: [{ role: 'user', content }] })
    const completion = (await (
      await postJson(`${server.baseURL}/chat/completions`, body)
    ).json()) as Completion
    expect(completion.choices[0]?.message.content).toBe('transcribed: 1234 bytes of wav')
  })
})
