import { isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import {
  type FunctionCallItem,
  type ResponseResult,
  type ResponsesInputItem,
  responses,
  toInputItems,
} from '../src/index.js'
import {
  engines,
  lastBody,
  MODEL,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  weatherTool,
} from './helpers.js'

const mock = useMockServer()

const functionCalls = (result: ResponseResult) =>
  result.output.filter((item): item is FunctionCallItem => item.type === 'function_call')

describe.each(engines)('responses on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))

  it('resolves the response with output_text, usage with cost and the generation id', async () => {
    const result = await responses(params({ instructions: 'Be brief.' }), { client: client() })
    expect(result).toMatchObject({ object: 'response', status: 'completed', model: MODEL })
    expect(result.output_text).toBe(`Hello from the OpenRouter emulator, answering as ${MODEL}.`)
    expect(result.output).toHaveLength(1)
    expect(result.output[0]).toMatchObject({ type: 'message', role: 'assistant' })
    expect(result.usage?.cost).toBeGreaterThan(0)
    expect(result.usage?.total_tokens).toBe(
      (result.usage?.input_tokens ?? 0) + (result.usage?.output_tokens ?? 0),
    )
    expect(result.generationId).toMatch(/^gen-/)
    expect(mock.server.requests.at(-1)).toMatchObject({
      path: '/api/v1/responses',
      body: { model: MODEL, input: 'Hello', instructions: 'Be brief.' },
    })
    expect(lastBody(mock.server)).not.toHaveProperty('stream')
  })

  it('joins every output text part into output_text when a message has several', async () => {
    const result = await responses(params({ tools: [{ type: 'openrouter:web_search' }] }), {
      client: client(),
    })
    const message = result.output[0]
    expect(message?.type === 'message' && message.content[0]).toMatchObject({
      type: 'output_text',
      annotations: [{ type: 'url_citation', url: 'https://openrouter.ai/docs' }],
    })
    expect(result.output_text).toContain('Hello from the OpenRouter emulator')
  })

  it('answers with a function call whose arguments are JSON when the request has function tools', async () => {
    const result = await responses(params({ tools: [weatherTool], tool_choice: 'required' }), {
      client: client(),
    })
    const [call] = functionCalls(result)
    expect(call).toMatchObject({
      type: 'function_call',
      name: 'get_weather',
      call_id: expect.stringMatching(/^call_/),
    })
    expect(JSON.parse(call?.arguments ?? '')).toEqual({ city: 'emulated' })
    expect(result.output_text).toBe('')
  })

  it('keeps the reasoning summary and its encrypted content when the request asks for reasoning', async () => {
    const result = await responses(params({ reasoning: { effort: 'low', summary: 'auto' } }), {
      client: client(),
    })
    const reasoning = result.output[0]
    if (reasoning?.type !== 'reasoning') throw new Error('expected a reasoning item first')
    expect(reasoning.summary[0]?.text).toMatch(/The user wants a short answer/)
    expect(reasoning.encrypted_content).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(result.usage?.output_tokens_details?.reasoning_tokens).toBeGreaterThan(0)
  })

  it('returns JSON matching the schema when text.format asks for structured output', async () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, celsius: { type: 'number' } },
      required: ['city', 'celsius'],
    }
    const result = await responses(
      params({ text: { format: { type: 'json_schema', name: 'weather', schema, strict: true } } }),
      { client: client() },
    )
    expect(JSON.parse(result.output_text)).toEqual({ city: 'emulated', celsius: 42.5 })
    expect(lastBody(mock.server)).toMatchObject({ text: { format: { name: 'weather', schema } } })
  })

  it('runs a tool loop in two calls with toInputItems', async () => {
    const input: ResponsesInputItem[] = [{ role: 'user', content: 'Weather in Paris?' }]
    const first = await responses(params({ input, tools: [weatherTool], reasoning: { effort: 'low' } }), {
      client: client(),
    })
    const next = toInputItems(first)
    expect(next.map((item) => item.type)).toEqual(['reasoning', 'function_call'])
    const outputs = functionCalls(first).map((call) => ({
      type: 'function_call_output' as const,
      call_id: call.call_id,
      output: '{"celsius":18}',
    }))
    const second = await responses(params({ input: [...input, ...next, ...outputs], tools: [weatherTool] }), {
      client: client(),
    })
    expect(second.output_text).toContain('Hello from the OpenRouter emulator')
    const sent = lastBody<{ input: Record<string, unknown>[] }>(mock.server)
    expect(sent.input.map((item) => item.type)).toEqual([
      undefined,
      'reasoning',
      'function_call',
      'function_call_output',
    ])
    // The reasoning goes back as it came, encrypted content included.
    expect(sent.input[1]).toEqual(first.output[0])
  })

  it('carries a conversation over several turns with toInputItems', async () => {
    const history: ResponsesInputItem[] = [{ role: 'user', content: 'Hi' }]
    const first = await responses(params({ input: history }), { client: client() })
    history.push(...toInputItems(first), {
      role: 'user',
      content: [{ type: 'input_text', text: 'And again?' }],
    })
    await responses(params({ input: history }), { client: client() })
    const sent = lastBody<{ input: unknown[] }>(mock.server)
    expect(sent.input).toHaveLength(3)
    expect(sent.input[1]).toMatchObject({
      type: 'message',
      role: 'assistant',
      content: [{ type: 'output_text' }],
    })
  })

  it('sends file_id references and other content parts as given', async () => {
    const input: ResponsesInputItem[] = [
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'Summarize these.' },
          { type: 'input_file', file_id: 'file-abc123' },
          { type: 'input_image', file_id: 'file-img456', detail: 'auto' },
          { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'low' },
        ],
      },
    ]
    await responses(params({ input }), { client: client() })
    expect(lastBody<{ input: unknown }>(mock.server).input).toEqual(input)
  })

  it('rejects with the kind of the error code and the response on partial when the response failed', async () => {
    const error = await rejection(
      responses(
        params(),
        scenario({ chunks: 4, errorAfter: 2, errorCode: 'rate_limit_exceeded' }, { client: client() }),
      ),
    )
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({
      kind: 'rate_limit',
      retryable: true,
      code: 'rate_limit_exceeded',
      status: 200,
    })
    expect(error.errorType).toBe('rate_limit_exceeded')
    const partial = error.partial as ResponseResult
    expect(partial.status).toBe('failed')
    expect(partial.output_text.length).toBeGreaterThan(0)
    expect(partial.generationId).toBe(error.generationId)
    expect((error.body as ResponseResult).error?.code).toBe('rate_limit_exceeded')
  })

  it('maps a server_error failure to a retryable server error', async () => {
    const error = await rejection(responses(params(), scenario({ errorAfter: 1 }, { client: client() })))
    expect(isOpenRouterError(error) && error).toMatchObject({
      kind: 'server',
      retryable: true,
      code: 'server_error',
    })
  })

  it('rejects with the mapped kind when the HTTP status is an error', async () => {
    const error = await rejection(responses(params(), scenario({ status: 402 }, { client: client() })))
    expect(isOpenRouterError(error) && error.kind).toBe('payment_required')
  })

  it('rejects with a decode error when the answer is not a response', async () => {
    const error = await rejection(
      responses(params(), scenario({ body: { object: 'list' } }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error.kind).toBe('decode')
    expect((error as Error).message).toContain('no output array')
  })

  it('rejects with the mapped error when a 200 body is an OpenRouter error envelope', async () => {
    const body = { error: { code: 503, message: 'No available providers' } }
    const error = await rejection(responses(params(), scenario({ body }, { client: client() })))
    expect(isOpenRouterError(error) && error).toMatchObject({ kind: 'server', retryable: true })
  })
})
