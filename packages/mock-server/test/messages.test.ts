import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type MockServer, type Scenario, startMockServer } from '../src/index'
import { postJson } from './helpers'

let server: MockServer
beforeEach(async () => {
  server = await startMockServer()
})
afterEach(() => server.close())

const messagesBody = (extra: Record<string, unknown> = {}) => ({
  model: 'anthropic/claude-haiku-4.5',
  max_tokens: 100,
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

interface NamedEvent {
  event: string
  data: Record<string, unknown> & { type?: string; delta?: Record<string, string>; index?: number }
}

/** Parses `event:` + `data:` SSE blocks; comments come back as event ':'. */
function parseEvents(text: string): NamedEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      if (block.startsWith(':')) return { event: ':', data: {} }
      const [eventLine = '', dataLine = ''] = block.split('\n')
      return { event: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) }
    })
}

async function stream(scenario?: Scenario, extra: Record<string, unknown> = {}) {
  const response = await postJson(
    `${server.baseURL}/messages`,
    messagesBody({ stream: true, ...extra }),
    scenario,
  )
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('text/event-stream')
  return parseEvents(await response.text())
}

const deltas = (events: NamedEvent[], type: string, field: string) =>
  events
    .filter((event) => event.event === 'content_block_delta' && event.data.delta?.type === type)
    .map((event) => event.data.delta?.[field])
    .join('')

describe('POST /messages', () => {
  it('answers an Anthropic message with usage and X-Generation-Id when buffered', async () => {
    const response = await postJson(`${server.baseURL}/messages`, messagesBody())
    expect(response.status).toBe(200)
    expect(response.headers.get('x-generation-id')).toMatch(/^gen-/)
    const message = await response.json()
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'anthropic/claude-haiku-4.5',
      stop_reason: 'end_turn',
      stop_sequence: null,
      content: [
        {
          type: 'text',
          text: 'Hello from the OpenRouter emulator, answering as anthropic/claude-haiku-4.5.',
        },
      ],
      usage: { cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    })
    expect(message.usage.input_tokens).toBeGreaterThan(0)
    expect(message.id).toBe(response.headers.get('x-generation-id'))
  })

  it('adds thinking and tool_use blocks when the request has thinking and tools', async () => {
    const tools = [
      { name: 'get_weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } },
    ]
    const response = await postJson(
      `${server.baseURL}/messages`,
      messagesBody({ thinking: { type: 'enabled', budget_tokens: 1024 }, tools }),
    )
    const message = await response.json()
    expect(message.content.map((block: { type: string }) => block.type)).toEqual([
      'thinking',
      'text',
      'tool_use',
    ])
    expect(message.content[0].signature).toEqual(expect.any(String))
    expect(message.content[2]).toMatchObject({ name: 'get_weather', input: { city: 'emulated' } })
    expect(message.content[2].id).toMatch(/^toolu_/)
    expect(message.stop_reason).toBe('tool_use')
  })

  it('answers in text when the last turn is a tool result', async () => {
    const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }]
    const messages = [
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'sunny' }] },
    ]
    const message = await (
      await postJson(`${server.baseURL}/messages`, messagesBody({ tools, messages }))
    ).json()
    expect(message.stop_reason).toBe('end_turn')
    expect(message.content).toHaveLength(1)
  })

  it('sends Anthropic event order with pings and text split across deltas when streamed', async () => {
    const events = await stream({ chunks: 3, text: 'one two three' })
    expect(events.map((event) => event.event)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'ping',
      'message_delta',
      'message_stop',
    ])
    for (const event of events) expect(event.data.type).toBe(event.event)
    expect(deltas(events, 'text_delta', 'text')).toBe('one two three')
    expect(events[0]?.data.message).toMatchObject({ content: [], stop_reason: null })
    expect(events[8]?.data).toMatchObject({ delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 4 } })
  })

  it('streams a thinking block with signature_delta and a tool_use block with input_json_delta', async () => {
    const tools = [
      { name: 'lookup', input_schema: { type: 'object', properties: { q: { type: 'string' } } } },
    ]
    const events = await stream({}, { thinking: { type: 'enabled', budget_tokens: 2000 }, tools })
    const starts = events.filter((event) => event.event === 'content_block_start')
    expect(starts.map((event) => (event.data.content_block as { type: string }).type)).toEqual([
      'thinking',
      'text',
      'tool_use',
    ])
    expect(deltas(events, 'signature_delta', 'signature')).not.toBe('')
    expect(deltas(events, 'thinking_delta', 'thinking')).toContain('short answer')
    const json = events.filter((event) => event.data.delta?.type === 'input_json_delta')
    expect(json.length).toBeGreaterThan(1)
    expect(JSON.parse(deltas(events, 'input_json_delta', 'partial_json'))).toEqual({ q: 'emulated' })
  })

  it('ends with an overloaded event: error after N events when errorAfter is set', async () => {
    const events = await stream({ errorAfter: 2 })
    expect(events.map((event) => event.event)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'error',
    ])
    expect(events.at(-1)?.data).toEqual({
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded', error_type: 'provider_overloaded' },
    })
  })

  it('sends a rate_limit_error event when errorCode is 429', async () => {
    const events = await stream({ errorAfter: 1, errorCode: 429 })
    expect(events.at(-1)?.data.error).toMatchObject({
      type: 'rate_limit_error',
      error_type: 'rate_limit_exceeded',
    })
  })

  it('ends the body before message_stop when noDone is set', async () => {
    const events = await stream({ noDone: true })
    expect(events.at(-1)?.event).toBe('message_delta')
  })

  it.each([
    [400, 'invalid_request_error', 'invalid_request'],
    [401, 'authentication_error', 'authentication'],
    [403, 'permission_error', 'permission_denied'],
    [404, 'not_found_error', 'not_found'],
    [429, 'rate_limit_error', 'rate_limit_exceeded'],
    [500, 'api_error', 'server'],
    [503, 'overloaded_error', 'provider_overloaded'],
    [529, 'overloaded_error', 'provider_overloaded'],
  ])('sends the Anthropic envelope for a scripted %i', async (status, type, errorType) => {
    const response = await postJson(`${server.baseURL}/messages`, messagesBody(), { status })
    expect(response.status).toBe(status)
    const body = await response.json()
    expect(body).toMatchObject({ type: 'error', error: { type, error_type: errorType }, request_id: null })
    expect(body.error.message).toEqual(expect.any(String))
  })

  it('answers a missing key with an Anthropic 401', async () => {
    const response = await fetch(`${server.baseURL}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messagesBody()),
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } })
  })

  it('answers a request without messages with an Anthropic 400', async () => {
    const response = await postJson(`${server.baseURL}/messages`, { model: 'x/y', messages: [] })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } })
  })

  it('keeps the OpenRouter envelope on other paths', async () => {
    const response = await postJson(`${server.baseURL}/chat/completions`, messagesBody(), { status: 529 })
    expect(await response.json()).toMatchObject({ error: { code: 529 } })
  })
})
