import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { messages } from '../src/index.js'
import { engines, params, rejection, scenario, useClient, useMockServer, weatherTool } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('messages on the $name', (engine) => {
  const client = useClient(mock, engine)

  it('resolves with the message and its generation id when the call succeeds', async () => {
    const message = await messages(params({ system: 'Be brief.' }), { client: client() })
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'anthropic/claude-haiku-4.5',
      stop_reason: 'end_turn',
      stop_sequence: null,
      content: [{ type: 'text', text: expect.stringContaining('OpenRouter emulator') }],
    })
    expect(message.usage.input_tokens).toBeGreaterThan(0)
    expect(message.generationId).toMatch(/^gen-/)
    const sent = mock.server.requests.at(-1)
    expect(sent?.path).toBe('/api/v1/messages')
    expect(sent?.body).toMatchObject({ system: 'Be brief.', max_tokens: 200 })
    expect(sent?.body).not.toHaveProperty('stream')
  })

  it('returns thinking and tool_use blocks when the request has thinking and tools', async () => {
    const message = await messages(
      params({ thinking: { type: 'enabled', budget_tokens: 1024 }, tools: [weatherTool] }),
      { client: client() },
    )
    expect(message.content.map((block) => block.type)).toEqual(['thinking', 'text', 'tool_use'])
    const [thinking, , toolUse] = message.content
    if (thinking?.type !== 'thinking' || toolUse?.type !== 'tool_use') throw new Error('unexpected blocks')
    expect(thinking.signature).not.toBe('')
    expect(toolUse).toMatchObject({ name: 'get_weather', input: { city: 'emulated' } })
    expect(message.stop_reason).toBe('tool_use')
  })

  it('sends OpenRouter extras and prompt-caching fields through untouched', async () => {
    await messages(
      params({
        system: [{ type: 'text', text: 'Long context', cache_control: { type: 'ephemeral', ttl: '1h' } }],
        provider: { order: ['anthropic'], allow_fallbacks: false },
        fallbacks: [{ model: 'openai/gpt-4o-mini' }],
        session_id: 'session-1',
        user: 'user-1',
        metadata: { user_id: 'u-1' },
        stop_sequences: ['END'],
        tool_choice: { type: 'auto' },
      }),
      { client: client() },
    )
    expect(mock.server.requests.at(-1)?.body).toMatchObject({
      system: [{ cache_control: { type: 'ephemeral', ttl: '1h' } }],
      provider: { order: ['anthropic'] },
      fallbacks: [{ model: 'openai/gpt-4o-mini' }],
      session_id: 'session-1',
      user: 'user-1',
      metadata: { user_id: 'u-1' },
      stop_sequences: ['END'],
    })
  })

  it.each([
    [400, 'invalid_request', 'invalid_request', false],
    [401, 'auth', 'authentication', false],
    [403, 'auth', 'permission_denied', false],
    [404, 'invalid_request', 'not_found', false],
    [500, 'server', 'server', true],
    [503, 'server', 'provider_overloaded', true],
    [529, 'server', 'provider_overloaded', true],
  ])('maps an Anthropic error body with HTTP %i to kind %s', async (status, kind, errorType, retryable) => {
    const error = await rejection(messages(params(), scenario({ status }, { client: client() })))
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind, status, errorType, retryable })
    expect(error.message).toContain(`HTTP ${status}`)
  })

  it('rejects with rate_limit and retryAfterMs when the answer is a 429 with Retry-After', async () => {
    const error = await rejection(
      messages(params(), scenario({ status: 429, retryAfter: 2 }, { client: client() })),
    )
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({ kind: 'rate_limit', errorType: 'rate_limit_exceeded', retryAfterMs: 2000 })
  })

  it("rejects with the user's AbortError when the signal aborts", async () => {
    const controller = new AbortController()
    const pending = messages(
      params(),
      scenario({ headersDelayMs: 5000 }, { client: client(), signal: controller.signal }),
    )
    controller.abort()
    const error = await rejection(pending)
    expect((error as Error).name).toBe('AbortError')
  })
})
