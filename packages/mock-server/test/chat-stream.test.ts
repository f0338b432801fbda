import { request } from 'undici'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type MockServer, type Scenario, startMockServer } from '../src/index'
import { chatBody, contentOf, dataChunks, KEY, parseSse, postJson, scenarioHeader } from './helpers'

let server: MockServer
beforeEach(async () => {
  server = await startMockServer()
})
afterEach(() => server.close())

async function streamText(scenario?: Scenario, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await postJson(
    `${server.baseURL}/chat/completions`,
    chatBody({ stream: true, ...extra }),
    scenario,
  )
  expect(response.headers.get('content-type')).toBe('text/event-stream')
  return response.text()
}

/** Reads a stream with undici.request, collecting the body pieces as they arrive and any error. */
async function collectPieces(scenario: Scenario): Promise<{ pieces: Buffer[]; error: unknown }> {
  const response = await request(`${server.baseURL}/chat/completions`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${KEY}`,
      'content-type': 'application/json',
      'x-mock-scenario': scenarioHeader(scenario),
    },
    body: JSON.stringify(chatBody({ stream: true })),
  })
  const pieces: Buffer[] = []
  try {
    for await (const piece of response.body) pieces.push(piece as Buffer)
    return { pieces, error: undefined }
  } catch (error) {
    return { pieces, error }
  }
}

describe('chat stream', () => {
  it('sends content chunks, a usage chunk with no choices, then [DONE] when unscripted', async () => {
    const events = parseSse(await streamText())
    expect(events.at(-1)).toEqual({ kind: 'done' })
    const chunks = dataChunks(events)
    expect(chunks.length).toBe(5)
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({
        object: 'chat.completion.chunk',
        provider: 'EmulatorProvider',
        model: 'openai/gpt-4o-mini',
      })
    }
    expect(chunks[0]?.choices[0]).toMatchObject({
      index: 0,
      delta: { role: 'assistant' },
      finish_reason: null,
      logprobs: null,
    })
    expect(chunks[3]?.choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'stop' })
    expect(chunks[4]?.choices).toEqual([])
    expect(chunks[4]?.usage).toMatchObject({
      is_byok: false,
      completion_tokens_details: { reasoning_tokens: 0 },
    })
    expect(contentOf(chunks)).toBe('Hello from the OpenRouter emulator, answering as openai/gpt-4o-mini.')
  })

  it('splits the scenario text across the requested number of chunks', async () => {
    const chunks = dataChunks(parseSse(await streamText({ text: 'héllo wörld 👋', chunks: 7 })))
    expect(chunks.length).toBe(8)
    expect(contentOf(chunks)).toBe('héllo wörld 👋')
  })

  it('sends keep-alive comments before the first chunk and between chunks when keepAlive is set', async () => {
    const events = parseSse(await streamText({ keepAlive: 2, chunks: 3 }))
    const kinds = events.map((event) => event.kind)
    expect(kinds).toEqual([
      'comment',
      'comment',
      'data',
      'comment',
      'comment',
      'data',
      'comment',
      'comment',
      'data',
      'data',
      'done',
    ])
    expect(events[0]).toEqual({ kind: 'comment', text: ': OPENROUTER PROCESSING' })
  })

  it('ends with an OpenRouter in-band error chunk and no [DONE] when errorAfter is set', async () => {
    const events = parseSse(await streamText({ errorAfter: 2 }))
    expect(events.some((event) => event.kind === 'done')).toBe(false)
    const chunks = dataChunks(events)
    expect(chunks.length).toBe(3)
    expect(chunks[2]?.error).toEqual({
      code: 502,
      message: 'Provider returned error',
      metadata: { error_type: 'provider_unavailable' },
    })
    expect(chunks[2]?.choices[0]).toMatchObject({ index: 0, delta: { content: '' }, finish_reason: 'error' })
  })

  it('uses a string error code when errorCode is a string', async () => {
    const chunks = dataChunks(parseSse(await streamText({ errorAfter: 0, errorCode: 'server_error' })))
    expect(chunks).toHaveLength(1)
    expect(chunks[0]?.error?.code).toBe('server_error')
  })

  it('ends without [DONE] when noDone is set, and without usage when noUsage is set', async () => {
    const noDone = parseSse(await streamText({ noDone: true }))
    expect(noDone.some((event) => event.kind === 'done')).toBe(false)
    expect(dataChunks(noDone).at(-1)?.usage).toBeDefined()
    const noUsage = dataChunks(parseSse(await streamText({ noUsage: true })))
    expect(noUsage.some((chunk) => chunk.usage !== undefined)).toBe(false)
  })

  it('destroys the socket mid-body when resetAfter is set', async () => {
    const { pieces, error } = await collectPieces({ resetAfter: 2 })
    expect(error).toBeDefined()
    const received = Buffer.concat(pieces).toString()
    expect(received.match(/^data: /gm)?.length).toBe(2)
  })

  it('re-splits the body into pieces of splitBytes bytes when splitBytes is set', async () => {
    const { pieces, error } = await collectPieces({ splitBytes: 7, text: 'naïve ☕ café', chunks: 3 })
    expect(error).toBeUndefined()
    expect(pieces.length).toBeGreaterThan(20)
    const events = parseSse(Buffer.concat(pieces).toString('utf8'))
    expect(contentOf(dataChunks(events))).toBe('naïve ☕ café')
    expect(events.at(-1)).toEqual({ kind: 'done' })
  })

  it('sends exactly the raw pieces when raw is set', async () => {
    const raw = ['data: {"a":1}\r\n', '\r\n', ': ping\n\ndata: [DO', 'NE]\n\n']
    expect(await streamText({ raw, chunkDelayMs: 5 })).toBe(raw.join(''))
  })

  it('paces chunks when chunkDelayMs is set', async () => {
    const started = performance.now()
    await streamText({ chunks: 4, chunkDelayMs: 40 })
    expect(performance.now() - started).toBeGreaterThanOrEqual(150)
  })

  it('closes the connection when the client aborts a stalled stream', async () => {
    const controller = new AbortController()
    const scenario = { stallAfter: 2, keepAliveDuringStall: 10 }
    const response = await postJson(
      `${server.baseURL}/chat/completions`,
      chatBody({ stream: true }),
      scenario,
      controller.signal,
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    let text = ''
    while ((text.match(/^data: /gm)?.length ?? 0) < 2) {
      const { value } = await reader.read()
      text += new TextDecoder().decode(value)
    }
    const { value } = await reader.read()
    expect(new TextDecoder().decode(value)).toContain(': OPENROUTER PROCESSING')
    expect(server.openConnections()).toBe(1)
    controller.abort()
    await vi.waitFor(() => expect(server.openConnections()).toBe(0))
  })

  it('lets close() finish while a stream is stalled', async () => {
    const response = await postJson(`${server.baseURL}/chat/completions`, chatBody({ stream: true }), {
      stallAfter: 1,
    })
    const reading = response.text().catch((error: unknown) => error)
    await vi.waitFor(() => expect(server.openConnections()).toBe(1))
    await server.close()
    expect(await reading).toBeInstanceOf(Error)
    expect(server.openConnections()).toBe(0)
  })

  it('delivers a 20,000-chunk stream whole', async () => {
    const events = parseSse(await streamText({ chunks: 20_000 }))
    const chunks = dataChunks(events)
    expect(chunks.length).toBe(20_001)
    expect(chunks.slice(0, 20_000).every((chunk) => (chunk.choices[0]?.delta.content ?? '').length > 0)).toBe(
      true,
    )
    expect(chunks[19_999]?.choices[0]?.finish_reason).toBe('stop')
    expect(events.at(-1)).toEqual({ kind: 'done' })
  })
})
