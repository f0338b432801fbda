import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type MockServer, startMockServer } from '../src/index'
import { chatBody, contentOf, dataChunks, KEY, parseSse, postJson } from './helpers'

let server: MockServer
beforeAll(async () => {
  server = await startMockServer()
})
afterAll(() => server.close())

const auth = { authorization: `Bearer ${KEY}` }
type Citation = { type: string; url_citation: { url: string; start_index: number; end_index: number } }

describe('POST /chat/completions with web search', () => {
  it.each([
    ['the web plugin', { plugins: [{ id: 'web', max_results: 2 }] }],
    ['the openrouter:web_search server tool', { tools: [{ type: 'openrouter:web_search' }] }],
    ['an :online model', { model: 'openai/gpt-4o-mini:online' }],
  ])('answers with url_citation annotations that locate their links when asked by %s', async (_, extra) => {
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody(extra))
    const body = await response.json()
    const message = body.choices[0].message
    expect(message.annotations.length).toBe(2)
    for (const annotation of message.annotations as Citation[]) {
      const { url, start_index: start, end_index: end } = annotation.url_citation
      expect(annotation.type).toBe('url_citation')
      expect(message.content.slice(start, end)).toBe(`[openrouter.ai](${url})`)
    }
    expect(body.usage.server_tool_use_details).toEqual({ web_search_requests: 1 })
  })

  it('streams the annotations as delta.annotations, one per chunk, on the last content chunks', async () => {
    const body = chatBody({ stream: true, plugins: [{ id: 'web' }] })
    const chunks = dataChunks(
      parseSse(await (await postJson(`${server.baseURL}/chat/completions`, body, { chunks: 5 })).text()),
    )
    const annotated = chunks.map(
      (chunk) => (chunk.choices[0]?.delta.annotations as Citation[] | undefined)?.length ?? 0,
    )
    expect(annotated).toEqual([0, 0, 0, 1, 1, 0])
    expect(contentOf(chunks)).toContain('Sources: [openrouter.ai](https://openrouter.ai/docs/')
  })

  it('leaves annotations out when the plugin is disabled', async () => {
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ plugins: [{ id: 'web', enabled: false }] }),
    )
    expect((await response.json()).choices[0].message.annotations).toBeUndefined()
  })
})

describe('POST /chat/completions with response_format json_schema', () => {
  it('answers JSON shaped by the schema, optional and nullable members included', async () => {
    const schema = {
      type: 'object',
      properties: {
        city: { type: 'string' },
        celsius: { type: 'number', minimum: 100 },
        tags: { type: 'array', items: { type: 'string' } },
        note: { anyOf: [{ type: 'null' }, { type: 'string' }] },
        unit: { type: ['null', 'string'], enum: ['C', 'F'] },
      },
      required: ['city'],
    }
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ response_format: { type: 'json_schema', json_schema: { name: 'weather', schema } } }),
    )
    const content = (await response.json()).choices[0].message.content
    expect(JSON.parse(content)).toEqual({
      city: 'emulated',
      celsius: 100,
      tags: ['emulated'],
      note: 'emulated',
      unit: 'C',
    })
  })
})

describe('POST /chat/completions with parallel_tool_calls', () => {
  const tools = ['first', 'second'].map((name) => ({
    type: 'function',
    function: { name, parameters: { type: 'object', properties: { q: { type: 'string' } } } },
  }))

  it('calls every function tool, each with its own id, when parallel_tool_calls is true', async () => {
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ tools, parallel_tool_calls: true }),
    )
    const calls = (await response.json()).choices[0].message.tool_calls as Array<{
      id: string
      function: { name: string }
    }>
    expect(calls.map((call) => call.function.name)).toEqual(['first', 'second'])
    expect(new Set(calls.map((call) => call.id)).size).toBe(2)
  })

  it('streams the calls one after the other by index, tool_calls as the last finish reason', async () => {
    const body = chatBody({ tools, parallel_tool_calls: true, stream: true })
    const chunks = dataChunks(
      parseSse(await (await postJson(`${server.baseURL}/chat/completions`, body, { chunks: 3 })).text()),
    )
    const indexes = chunks.flatMap((chunk) =>
      ((chunk.choices[0]?.delta.tool_calls as { index: number }[] | undefined) ?? []).map(
        (call) => call.index,
      ),
    )
    expect(indexes).toEqual([0, 0, 0, 1, 1, 1])
    expect(chunks.filter((chunk) => chunk.choices[0]?.finish_reason === 'tool_calls').length).toBe(1)
  })

  it('calls only the first tool when parallel_tool_calls is not set', async () => {
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody({ tools }))
    expect((await response.json()).choices[0].message.tool_calls.length).toBe(1)
  })
})

describe('GET /generation after the answer', () => {
  const lookup = (id: string) => fetch(`${server.baseURL}/generation?id=${id}`, { headers: auth })
  /** Looks the record up until it is found (the record lands after the answer ends), within about 2 s. */
  const recordOf = async (id: string): Promise<Record<string, unknown> | undefined> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const response = await lookup(id)
      if (response.status === 200) return ((await response.json()) as { data: Record<string, unknown> }).data
      await response.arrayBuffer()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return undefined
  }

  it('answers 404 until generationDelayMs after the answer ended, then the record', async () => {
    const completion = await postJson(`${server.baseURL}/chat/completions`, chatBody(), {
      generationDelayMs: 150,
    })
    const id = completion.headers.get('x-generation-id') ?? ''
    await completion.arrayBuffer()
    const early = await lookup(id)
    expect(early.status).toBe(404)
    await early.arrayBuffer()
    expect(await recordOf(id)).toMatchObject({ id, cancelled: false })
  })

  it('records a stream the client left as cancelled, billed for the part it sent', async () => {
    const controller = new AbortController()
    const body = chatBody({ stream: true })
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      body,
      { chunks: 20, chunkDelayMs: 30 },
      controller.signal,
    )
    const id = response.headers.get('x-generation-id') ?? ''
    const reader = response.body?.getReader()
    await reader?.read()
    controller.abort()
    await reader?.cancel().catch(() => {})
    const record = await recordOf(id)
    const full = await (await postJson(`${server.baseURL}/chat/completions`, chatBody())).json()
    expect(record).toMatchObject({ id, cancelled: true, streamed: true })
    expect(record?.tokens_completion).toBeLessThan(full.usage.completion_tokens)
    expect(record?.total_cost).toBeLessThan(full.usage.cost)
  })
})

describe('POST /messages with web search', () => {
  const body = {
    model: 'anthropic/claude-sonnet-4.5',
    max_tokens: 100,
    messages: [{ role: 'user', content: 'News?' }],
    tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 1 }],
  }

  it('cites web_search_result_location results on the text block, not as a tool_use', async () => {
    const message = await (await postJson(`${server.baseURL}/messages`, body)).json()
    expect(message.content.map((block: { type: string }) => block.type)).toEqual(['text'])
    expect(message.content[0].citations).toHaveLength(2)
    expect(message.content[0].citations[0]).toMatchObject({
      type: 'web_search_result_location',
      url: expect.stringContaining('openrouter.ai'),
    })
    expect(message.stop_reason).toBe('end_turn')
  })

  it('streams the citations as citations_delta events of the text block', async () => {
    const text = await (await postJson(`${server.baseURL}/messages`, { ...body, stream: true })).text()
    const deltas = text.split('\n\n').filter((event) => event.includes('citations_delta'))
    expect(deltas).toHaveLength(2)
  })
})
