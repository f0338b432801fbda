import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { type ChatCompletion, type ChatParams, chat } from '../src/index.js'
import { engines, params, rejection, scenario, useClient, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('chat on the $name', ({ client: makeClient }) => {
  const client = useClient(() => makeClient(mock.server.baseURL))

  it('resolves with the completion, its usage and the generation id when the call succeeds', async () => {
    const completion = await chat(params(), { client: client() })
    expect(completion.object).toBe('chat.completion')
    expect(completion.model).toBe('openai/gpt-4o-mini')
    expect(completion.provider).toBe('EmulatorProvider')
    expect(completion.choices[0]?.message.content).toContain('Hello from the OpenRouter emulator')
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    expect(completion.usage?.cost).toBeGreaterThan(0)
    expect(completion.usage?.is_byok).toBe(false)
    expect(completion.generationId).toMatch(/^gen-/)
    expect(completion.generationId).toBe(completion.id)
  })

  it('sends the params as given, unknown fields included, when the request is valid', async () => {
    const before = mock.server.requests.length
    const body = {
      ...params({
        models: ['openai/gpt-4o-mini', 'anthropic/claude-3.5-haiku'],
        provider: { order: ['openai'], allow_fallbacks: false, sort: { by: 'price', partition: 'none' } },
        plugins: [{ id: 'web', max_results: 3 }],
        session_id: 'session-1',
        metadata: { team: 'sdk' },
        service_tier: 'flex',
        user: 'user-42',
        temperature: 0.2,
        stream: false,
      }),
      ...{ brand_new_parameter: { nested: [1, 2] } },
    }
    await chat(body, { client: client() })
    expect(mock.server.requests.length).toBe(before + 1)
    expect(mock.server.requests.at(-1)?.body).toEqual(body)
    expect(mock.server.requests.at(-1)?.path).toBe('/api/v1/chat/completions')
  })

  it('returns assembled tool calls when the request has tools', async () => {
    const completion = await chat(
      params({
        tools: [
          {
            type: 'function',
            function: {
              name: 'get_weather',
              parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
            },
          },
        ],
        tool_choice: 'auto',
      }),
      { client: client() },
    )
    const call = completion.choices[0]?.message.tool_calls?.[0]
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls')
    expect(call?.function.name).toBe('get_weather')
    expect(JSON.parse(call?.function.arguments ?? '')).toHaveProperty('city')
  })

  it('returns reasoning with signed reasoning_details when the request asks for reasoning', async () => {
    const completion = await chat(params({ reasoning: { effort: 'high' } }), { client: client() })
    const message = completion.choices[0]?.message
    expect(message?.reasoning).toBeTruthy()
    expect(message?.reasoning_details?.[0]?.type).toBe('reasoning.text')
    expect(message?.reasoning_details?.[0]?.signature).toBeTruthy()
  })

  it('rejects with the partial completion on the error when a choice finished with error', async () => {
    const error = await rejection(
      chat(params(), scenario({ errorAfter: 2, errorCode: 502, chunks: 4 }, { client: client() })),
    )
    expect(isOpenRouterError(error)).toBe(true)
    if (!isOpenRouterError(error)) return
    expect(error.kind).toBe('server')
    expect(error.status).toBe(200)
    expect(error.generationId).toMatch(/^gen-/)
    expect(error.code).toBe(502)
    expect(error.body).toMatchObject({ error: { code: 502 } })
    const partial = error.partial as ChatCompletion
    expect(partial.generationId).toBe(error.generationId)
    expect(partial.choices[0]?.finish_reason).toBe('error')
    expect(partial.choices[0]?.message.content?.length).toBeGreaterThan(0)
  })

  it('rejects with the partial choices on the error when a 200 body carries error', async () => {
    const upstream = {
      id: 'gen-1',
      object: 'chat.completion',
      created: 1,
      model: 'openai/gpt-4o-mini',
      choices: [{ index: 0, finish_reason: 'error', message: { role: 'assistant', content: 'Half an ans' } }],
      error: { code: 429, message: 'Rate limit exceeded', metadata: { error_type: 'rate_limit_exceeded' } },
    }
    const error = await rejection(chat(params(), scenario({ body: upstream }, { client: client() })))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect(isOpenRouterError(error) && error.body).toEqual(upstream)
    const partial = (error as { partial: ChatCompletion }).partial
    expect(partial).not.toHaveProperty('error')
    expect(partial.choices[0]?.message.content).toBe('Half an ans')
  })

  it('rejects with the mapped kind and Retry-After when the HTTP status is 429', async () => {
    const error = await rejection(
      chat(params(), scenario({ status: 429, retryAfter: 3 }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect(isOpenRouterError(error) && error.retryAfterMs).toBe(3000)
  })

  it('rejects with the AbortError when the caller aborts', async () => {
    const controller = new AbortController()
    const pending = chat(
      params(),
      scenario({ headersDelayMs: 5_000 }, { client: client(), signal: controller.signal }),
    )
    controller.abort()
    const error = await rejection(pending)
    expect((error as Error).name).toBe('AbortError')
  })

  it('rejects stream: true before any I/O when it is passed to chat', async () => {
    const before = mock.server.requests.length
    const error = await rejection(
      chat({ ...params(), stream: true } as unknown as ChatParams, { client: client() }),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toMatch(/^chat: stream: .*chatStream/)
    expect(mock.server.requests.length).toBe(before)
  })
})
