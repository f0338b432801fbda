import { isOpenRouterError, type Middleware, type Timeouts } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import {
  isResponsesEvent,
  type ResponseResult,
  type ResponsesSinkEvent,
  type ResponsesStreamEvent,
  responses,
  responsesStream,
} from '../src/index.js'
import {
  closeAfterEach,
  collect,
  engines,
  eventually,
  fixturePieces,
  lastBody,
  MODEL,
  params,
  rejection,
  scenario,
  useClient,
  useMockServer,
  weatherTool,
  withServer,
} from './helpers.js'

const mock = useMockServer()

const deltas = (events: ResponsesStreamEvent[]) =>
  events
    .flatMap((event) => (isResponsesEvent(event, 'response.output_text.delta') ? [event.delta] : []))
    .join('')

/** Resolves with every event an `into` sink received, once the terminal one came. */
function sink(): { into: (event: ResponsesSinkEvent) => void; done: Promise<ResponsesSinkEvent[]> } {
  const events: ResponsesSinkEvent[] = []
  let resolve: (events: ResponsesSinkEvent[]) => void = () => {}
  const done = new Promise<ResponsesSinkEvent[]>((settle) => {
    resolve = settle
  })
  const into = (event: ResponsesSinkEvent) => {
    events.push(event)
    if (event.type !== 'item') resolve(events)
  }
  return { into, done }
}

describe.each(engines)('responsesStream on the $name', (engine) => {
  const client = useClient(() => engine.client(mock.server.baseURL))
  const track = closeAfterEach()

  it('yields typed events from response.created to response.completed when iterated', async () => {
    const stream = await responsesStream(
      params(),
      scenario({ chunks: 5, keepAlive: 2, text: 'one two three four five' }, { client: client() }),
    )
    expect(stream.status).toBe(200)
    expect(stream.generationId).toMatch(/^gen-/)
    const events = await collect(stream)
    expect(events[0]?.type).toBe('response.created')
    expect(events.at(-1)?.type).toBe('response.completed')
    expect(events.filter((event) => event.type === 'response.output_text.delta')).toHaveLength(5)
    expect(deltas(events)).toBe('one two three four five')
    expect(lastBody(mock.server)).toMatchObject({ model: MODEL, stream: true })
  })

  it('accumulates text, annotations, usage with cost and the generation id when finalResponse is called', async () => {
    const stream = await responsesStream(
      params({ tools: [{ type: 'openrouter:web_search' }] }),
      scenario({ chunks: 6, text: 'héllo 亚洲 👋 done', splitBytes: 1 }, { client: client() }),
    )
    const result = await stream.finalResponse()
    expect(result).toMatchObject({
      object: 'response',
      status: 'completed',
      output_text: 'héllo 亚洲 👋 done',
    })
    const message = result.output[0]
    expect(
      message?.type === 'message' && message.content[0]?.type === 'output_text' && message.content[0],
    ).toMatchObject({
      text: 'héllo 亚洲 👋 done',
      annotations: [{ type: 'url_citation' }],
    })
    expect(result.usage?.cost).toBeGreaterThan(0)
    expect(result.generationId).toBe(stream.generationId)
  })

  it('assembles function call arguments split across deltas and keeps reasoning with its encrypted content', async () => {
    const stream = await responsesStream(
      params({ tools: [weatherTool], reasoning: { effort: 'low', summary: 'auto' } }),
      scenario({ chunks: 8 }, { client: client() }),
    )
    const events = await collect(stream)
    expect(events.filter((event) => event.type === 'response.function_call_arguments.delta').length).toBe(7)
    expect(events.filter((event) => event.type === 'response.reasoning_summary_text.delta').length).toBe(3)
    const completed = events.at(-1)
    if (completed === undefined || !isResponsesEvent(completed, 'response.completed'))
      throw new Error('expected response.completed last')
    const [reasoning, call] = completed.response.output
    expect(reasoning?.type === 'reasoning' && reasoning.encrypted_content).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(call?.type === 'function_call' && JSON.parse(call.arguments)).toEqual({ city: 'emulated' })
  })

  it('matches the buffered answer when the same request is streamed', async () => {
    const extra = { tools: [weatherTool], reasoning: { effort: 'low' as const } }
    const buffered = await responses(params(extra), { client: client() })
    const streamed = await (await responsesStream(params(extra), { client: client() })).finalResponse()
    const shape = (result: ResponseResult) =>
      result.output.map((item) =>
        item.type === 'function_call'
          ? { type: item.type, name: item.name, arguments: item.arguments }
          : item.type,
      )
    expect(shape(streamed)).toEqual(shape(buffered))
    expect(streamed.usage?.cost).toBe(buffered.usage?.cost)
  })

  it('passes an event type it does not know through untouched, and ends without [DONE]', async () => {
    const stream = await responsesStream(
      params(),
      scenario(
        { raw: fixturePieces('responses-stream.spec-events.sse'), splitBytes: 7 },
        { client: client() },
      ),
    )
    const events = await collect(stream)
    const unknown = events.find((event) => event.type === 'response.future_feature.delta')
    expect(unknown).toEqual({
      type: 'response.future_feature.delta',
      item_id: 'ws_68a2',
      output_index: 1,
      delta: { note: 'not in the spec' },
      sequence_number: 15,
    })
    expect(events.map((event) => event.type)).toContain('response.web_search_call.searching')
    expect(events.at(-1)?.type).toBe('response.completed')
  })

  it('accumulates the recorded shapes: reasoning, a server tool call and a cited message', async () => {
    const stream = await responsesStream(
      params(),
      scenario({ raw: fixturePieces('responses-stream.spec-events.sse') }, { client: client() }),
    )
    const result = await stream.finalResponse()
    expect(result.output.map((item) => item.type)).toEqual(['reasoning', 'web_search_call', 'message'])
    expect(result.output_text).toBe('The Golden Gate Bridge opened on May 27, 1937 — 橋 🌉.')
    expect(result.output[0]).toMatchObject({ encrypted_content: 'gAAAAABo-encrypted-reasoning-blob==' })
    expect(result.usage).toMatchObject({
      cost: 0.0002952,
      server_tool_use_details: { web_search_requests: 1 },
    })
  })

  it('rejects with the kind of the failure and the partial response when response.failed arrives', async () => {
    const stream = await responsesStream(
      params(),
      scenario(
        { chunks: 6, errorAfter: 6, errorCode: 'rate_limit_exceeded', text: 'aa bb cc dd ee ff' },
        { client: client() },
      ),
    )
    const error = await rejection(stream.finalResponse())
    if (!isOpenRouterError(error)) throw error
    expect(error).toMatchObject({
      kind: 'rate_limit',
      retryable: true,
      code: 'rate_limit_exceeded',
      status: 200,
    })
    expect(error.generationId).toBe(stream.generationId)
    expect((error.body as { type: string }).type).toBe('response.failed')
    const partial = error.partial as ResponseResult
    // Six events: created, in_progress, item added, part added, two deltas.
    expect(partial.output_text).toBe('aa bb')
    expect(partial.generationId).toBe(stream.generationId)
  })

  it('rejects iteration with the mapped error when an error event arrives', async () => {
    const stream = await responsesStream(
      params(),
      scenario(
        { chunks: 4, errorAfter: 3, errorEvent: 'error', errorCode: 'server_error' },
        { client: client() },
      ),
    )
    const seen: ResponsesStreamEvent[] = []
    const error = await rejection(
      (async () => {
        for await (const event of stream) seen.push(event)
      })(),
    )
    expect(isOpenRouterError(error) && error).toMatchObject({
      kind: 'server',
      code: 'server_error',
      retryable: true,
    })
    expect(seen).toHaveLength(3)
  })

  it('maps a numeric in-band code like an HTTP status', async () => {
    const stream = await responsesStream(
      params(),
      scenario({ errorAfter: 2, errorEvent: 'error', errorCode: 429 }, { client: client() }),
    )
    const error = await rejection(collect(stream))
    expect(isOpenRouterError(error) && error.kind).toBe('rate_limit')
    expect((error as Error).message).toContain('in-band error code 429')
  })

  it('rejects with stream_disconnect and the partial response when the body ends before response.completed', async () => {
    const stream = await responsesStream(
      params(),
      scenario({ chunks: 4, noDone: true, text: 'aa bb cc dd' }, { client: client() }),
    )
    const error = await rejection(stream.finalResponse())
    if (!isOpenRouterError(error)) throw error
    expect(error.kind).toBe('stream_disconnect')
    // Everything but the end arrived: the output item was done.
    expect((error.partial as ResponseResult).output_text).toBe('aa bb cc dd')
  })

  it('rejects with stream_disconnect when data: [DONE] comes before response.completed', async () => {
    const pieces = fixturePieces('responses-stream.spec-events.sse').slice(0, 5)
    const stream = await responsesStream(
      params(),
      scenario({ raw: [...pieces, 'data: [DONE]\n\n'] }, { client: client() }),
    )
    const error = await rejection(stream.finalResponse())
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
    expect((error as Error).message).toContain('[DONE] came before response.completed')
  })

  it('rejects with stream_disconnect when the connection is reset mid-stream', async () => {
    const stream = await responsesStream(
      params(),
      scenario({ chunks: 6, resetAfter: 5 }, { client: client() }),
    )
    const error = await rejection(stream.finalResponse())
    expect(isOpenRouterError(error) && error.kind).toBe('stream_disconnect')
  })

  it('throws timeout when events stall past eventIdleMs, even while keep-alives flow', async () => {
    const timeout: Timeouts = { eventIdleMs: 200 }
    const stream = await responsesStream(
      params(),
      scenario({ chunks: 6, stallAfter: 4, keepAliveDuringStall: 50 }, { client: client(), timeout }),
    )
    const error = await rejection(collect(stream))
    expect(isOpenRouterError(error) && error.kind).toBe('timeout')
    expect((error as Error).message).toContain('timeout.eventIdleMs')
  })

  it('rejects iteration with the AbortError when the caller aborts mid-stream', async () => {
    const controller = new AbortController()
    const stream = await responsesStream(
      params(),
      scenario({ chunks: 6, stallAfter: 4 }, { client: client(), signal: controller.signal }),
    )
    let seen = 0
    const error = await rejection(
      (async () => {
        for await (const _ of stream) if (++seen === 4) controller.abort()
      })(),
    )
    expect((error as Error).name).toBe('AbortError')
    expect(seen).toBe(4)
  })

  it('rejects finalResponse with an AbortError and releases the connection when abort() is called', async () => {
    await withServer(async (server) => {
      const own = track(engine.client(server.baseURL, engine.socketCounting))
      const stream = await responsesStream(params(), scenario({ chunks: 6, stallAfter: 3 }, { client: own }))
      const final = stream.finalResponse()
      await eventually(() => server.openConnections() === 1)
      stream.abort()
      expect(((await rejection(final)) as Error).name).toBe('AbortError')
      await eventually(() => server.openConnections() === 0)
    })
  })

  it('releases the connection when the consumer breaks early', async () => {
    await withServer(async (server) => {
      const own = track(engine.client(server.baseURL, engine.socketCounting))
      const stream = await responsesStream(params(), scenario({ chunks: 10, stallAfter: 3 }, { client: own }))
      for await (const _ of stream) break
      await eventually(() => server.openConnections() === 0)
    })
  })

  it('pushes every event then one complete event into the into sink', async () => {
    const { into, done } = sink()
    await responsesStream(params(), scenario({ chunks: 3, text: 'a b c' }, { client: client(), into }))
    const events = await done
    expect(events.slice(0, -1).every((event) => event.type === 'item')).toBe(true)
    const last = events.at(-1)
    expect(last?.type === 'complete' && last.result.output_text).toBe('a b c')
  })

  it('pushes one error event with the partial response into the into sink when the response fails', async () => {
    const { into, done } = sink()
    await responsesStream(
      params(),
      scenario({ chunks: 4, errorAfter: 5, text: 'a b c d' }, { client: client(), into }),
    )
    const last = (await done).at(-1)
    const error = last?.type === 'error' ? last.error : undefined
    expect(isOpenRouterError(error) && error.kind).toBe('server')
    expect(isOpenRouterError(error) && (error.partial as ResponseResult).output_text).toBe('a')
  })

  it('rejects an into that is not a function before any I/O', async () => {
    const before = mock.server.requests.length
    const error = await rejection(responsesStream(params(), { client: client(), into: 'log' as never }))
    expect((error as Error).message).toBe('responsesStream: options.into: must be a function')
    expect(mock.server.requests.length).toBe(before)
  })

  it('can be consumed once, with a clear error for a second consumer', async () => {
    const stream = await responsesStream(params(), { client: client() })
    await collect(stream)
    expect(() => stream.finalResponse()).toThrow(/already consumed by iteration/)
  })

  it('returns the same promise when finalResponse is called twice', async () => {
    const stream = await responsesStream(params(), { client: client() })
    expect(stream.finalResponse()).toBe(stream.finalResponse())
    await stream.finalResponse()
  })

  it('runs middleware on the start of the stream, named responses.stream, which may change the request', async () => {
    const seen: { operation: string; stream: boolean }[] = []
    const middleware: Middleware = (request, next) => {
      seen.push({ operation: request.operation, stream: request.stream })
      return next({ ...request, body: { ...(request.body as object), model: 'anthropic/claude-haiku-4.5' } })
    }
    const result = await (
      await responsesStream(params(), { client: client(), middleware: [middleware] })
    ).finalResponse()
    expect(seen).toEqual([{ operation: 'responses.stream', stream: true }])
    expect(result.model).toBe('anthropic/claude-haiku-4.5')
  })

  it('rejects the start with the mapped error when the HTTP status is an error', async () => {
    const error = await rejection(
      responsesStream(params(), scenario({ status: 429, retryAfter: 2 }, { client: client() })),
    )
    expect(isOpenRouterError(error) && error).toMatchObject({ kind: 'rate_limit', retryAfterMs: 2000 })
  })
})
