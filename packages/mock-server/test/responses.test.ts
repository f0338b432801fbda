import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, type Scenario, startMockServer } from '../src/index'
import { postJson } from './helpers'

let server: MockServer
beforeEach(async () => {
  server = await startMockServer()
})
afterEach(() => server.close())

const responsesBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  input: 'Hello',
  ...extra,
})

type Json = Record<string, unknown> & { type?: string; delta?: string; sequence_number?: number }

interface SseBlock {
  event?: string
  data: string
}

/** Parses `event:` + `data:` blocks; comments are left out. */
function parseBlocks(text: string): SseBlock[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '' && !block.startsWith(':'))
    .map((block) => {
      const lines = block.split('\n')
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length)
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? ''
      return event === undefined ? { data } : { event, data }
    })
}

async function stream(scenario?: Scenario, extra: Record<string, unknown> = {}) {
  const response = await postJson(
    `${server.baseURL}/responses`,
    responsesBody({ stream: true, ...extra }),
    scenario,
  )
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/event-stream')
  expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
  const text = await response.text()
  const blocks = parseBlocks(text)
  const events = blocks
    .filter((block) => block.data !== '[DONE]')
    .map((block) => JSON.parse(block.data) as Json)
  return { text, blocks, events }
}

const types = (events: Json[]) => events.map((event) => event.type)
const deltas = (events: Json[], type: string) =>
  events
    .filter((event) => event.type === type)
    .map((event) => event.delta)
    .join('')

describe('POST /responses', () => {
  it('answers a completed response with output, usage with cost and X-Generation-Id when buffered', async () => {
    const response = await postJson(
      `${server.baseURL}/responses`,
      responsesBody({ instructions: 'Be brief.' }),
    )
    expect(response.status).toBe(200)
    const id = response.headers.get('x-generation-id')
    const body = await response.json()
    expect(body).toMatchObject({
      id,
      object: 'response',
      status: 'completed',
      model: 'openai/gpt-4o-mini',
      instructions: 'Be brief.',
      error: null,
      output: [
        {
          type: 'message',
          role: 'assistant',
          status: 'completed',
          content: [
            {
              type: 'output_text',
              text: 'Hello from the OpenRouter emulator, answering as openai/gpt-4o-mini.',
            },
          ],
        },
      ],
    })
    expect(body.usage.cost).toBeGreaterThan(0)
    expect(body.usage.total_tokens).toBe(body.usage.input_tokens + body.usage.output_tokens)
  })

  it('streams OpenAI-ordered events, named twice and numbered in sequence, then [DONE]', async () => {
    const { blocks, events } = await stream({ chunks: 3, text: 'a b c' })
    expect(types(events)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ])
    expect(blocks.slice(0, -1).every((block, index) => block.event === events[index]?.type)).toBe(true)
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index))
    expect(blocks.at(-1)).toEqual({ data: '[DONE]' })
    expect(deltas(events, 'response.output_text.delta')).toBe('a b c')
    const completed = events.at(-1) as { response: Json & { usage: { cost: number } } }
    expect(completed.response.status).toBe('completed')
    expect(completed.response.usage.cost).toBeGreaterThan(0)
  })

  it('streams reasoning, then a function call whose arguments are split across deltas, when asked', async () => {
    const tools = [
      {
        type: 'function',
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } } },
      },
    ]
    const { events } = await stream({ chunks: 5 }, { tools, reasoning: { effort: 'low', summary: 'auto' } })
    expect(deltas(events, 'response.reasoning_summary_text.delta')).toMatch(/short answer/)
    expect(events.filter((event) => event.type === 'response.function_call_arguments.delta')).toHaveLength(4)
    expect(JSON.parse(deltas(events, 'response.function_call_arguments.delta'))).toEqual({ city: 'emulated' })
    const output = (events.at(-1) as { response: { output: Json[] } }).response.output
    expect(output.map((item) => item.type)).toEqual(['reasoning', 'function_call'])
    expect(output[0]?.encrypted_content).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(output[1]).toMatchObject({ name: 'get_weather', call_id: expect.stringMatching(/^call_/) })
  })

  it('answers in text once the last input item is a function call output', async () => {
    const tools = [{ type: 'function', name: 'get_weather', parameters: {} }]
    const input = [
      { role: 'user', content: 'Weather?' },
      { type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_1', output: '{"celsius":18}' },
    ]
    const response = await postJson(`${server.baseURL}/responses`, responsesBody({ tools, input }))
    expect((await response.json()).output[0].type).toBe('message')
  })

  it('cites a URL when web search is on, and answers JSON of the schema for structured output', async () => {
    const { events } = await stream({}, { tools: [{ type: 'openrouter:web_search' }] })
    expect(events.find((event) => event.type === 'response.output_text.annotation.added')).toMatchObject({
      annotation: { type: 'url_citation', url: 'https://openrouter.ai/docs' },
    })
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } } }
    const format = { type: 'json_schema', name: 'answer', schema }
    const response = await postJson(`${server.baseURL}/responses`, responsesBody({ text: { format } }))
    expect(JSON.parse((await response.json()).output[0].content[0].text)).toEqual({ ok: true })
  })

  it('sends response.failed after N events with errorAfter, or an error event with errorEvent', async () => {
    const failed = await stream({ chunks: 4, errorAfter: 5, errorCode: 'rate_limit_exceeded' })
    expect(failed.events).toHaveLength(6)
    expect(failed.events.at(-1)).toMatchObject({
      type: 'response.failed',
      response: { status: 'failed', error: { code: 'rate_limit_exceeded', message: 'Rate limit exceeded' } },
    })
    expect(failed.blocks.at(-1)?.data).not.toBe('[DONE]')
    const error = await stream({ errorAfter: 2, errorEvent: 'error' })
    expect(error.events.at(-1)).toEqual({
      type: 'error',
      code: 'server_error',
      message: 'Provider returned error',
      param: null,
    })
  })

  it('answers a buffered failure as a 200 with status failed, error and the text so far', async () => {
    const scenario = { chunks: 4, errorAfter: 2, text: 'aa bb cc dd' }
    const response = await postJson(`${server.baseURL}/responses`, responsesBody(), scenario)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'failed',
      error: { code: 'server_error' },
      output: [{ type: 'message', status: 'incomplete', content: [{ text: 'aa bb' }] }],
    })
  })

  it('ends cleanly before response.completed with noDone, a truncated stream', async () => {
    const { text, events } = await stream({ chunks: 2, noDone: true })
    expect(events.at(-1)?.type).toBe('response.output_item.done')
    expect(text).not.toContain('[DONE]')
  })

  it('keeps keep-alive comments between events and serves a long stream', async () => {
    const { text } = await stream({ chunks: 2, keepAlive: 1 })
    expect(text.startsWith(': OPENROUTER PROCESSING\n\n')).toBe(true)
    const long = await stream({ chunks: 20_000 })
    expect(long.events.filter((event) => event.type === 'response.output_text.delta')).toHaveLength(20_000)
  })

  it.each([
    [{ previous_response_id: 'resp_1' }, 'previous_response_id is not supported'],
    [{ store: true }, 'store must be false'],
    [{ input: [] }, 'Input required'],
  ])('answers 400 for %j, as a stateless server does', async (extra, message) => {
    const response = await postJson(`${server.baseURL}/responses`, responsesBody(extra))
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toContain(message)
  })

  it('answers 401 without a key', async () => {
    const response = await fetch(`${server.baseURL}/responses`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(401)
  })

  it('rejects an errorEvent that is neither response.failed nor error', async () => {
    const response = await postJson(`${server.baseURL}/responses`, responsesBody(), {
      errorEvent: 'boom',
    } as never)
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toContain("errorEvent must be 'response.failed' or 'error'")
  })
})
