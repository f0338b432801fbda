import { describe, expect, it } from 'vitest'
import { isOpenRouterError, type Middleware, type MiddlewareRequest } from '../src/index.js'
import { requestJson, requestStream } from '../src/protocol.js'
import {
  ChunkStream,
  chatSpec,
  closeAfterEach,
  engines,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
} from './helpers.js'

const mock = useMockServer()

const tag =
  (name: string, log: string[]): Middleware =>
  async (request, next) => {
    log.push(`${name}:before`)
    const response = await next(request)
    log.push(`${name}:after`)
    return response
  }

describe.each(engines)('middleware on the $name', ({ createClient }) => {
  const track = closeAfterEach()
  const client = (middleware: Middleware[] = []) =>
    track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, middleware }))

  it('runs client-level middleware outside per-call middleware, in order', async () => {
    const log: string[] = []
    await requestJson(chatSpec(), {
      client: client([tag('a', log), tag('b', log)]),
      middleware: [tag('c', log)],
    })
    expect(log).toEqual(['a:before', 'b:before', 'c:before', 'c:after', 'b:after', 'a:after'])
  })

  it('replaces the client middleware for one call when the call gives a function', async () => {
    const log: string[] = []
    const withTags = client([tag('a', log), tag('b', log)])
    await requestJson(chatSpec(), {
      client: withTags,
      middleware: (list) => [list[1] as Middleware, tag('c', log)],
    })
    expect(log).toEqual(['b:before', 'c:before', 'c:after', 'b:after'])
    log.length = 0
    await requestJson(chatSpec(), { client: withTags, middleware: () => [] })
    expect(log).toEqual([])
  })

  it('rejects a replacement list with an entry that is not a function, before any I/O', async () => {
    const before = mock.server.requests.length
    const error = await rejection(
      requestJson(chatSpec(), { client: client(), middleware: () => ['x' as unknown as Middleware] }),
    )
    expect(isOpenRouterError(error) && error.message).toContain('options.middleware()[0] must be a function')
    expect(mock.server.requests.length).toBe(before)
  })

  it('lets a middleware change the body before it is sent', async () => {
    const pinModel: Middleware = (request, next) =>
      next({ ...request, body: { ...(request.body as object), model: 'anthropic/claude-sonnet-4' } })
    const response = await requestJson(chatSpec(), { client: client([pinModel]) })
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ model: 'anthropic/claude-sonnet-4' })
    expect((response.data as { model: string }).model).toBe('anthropic/claude-sonnet-4')
  })

  it('runs a fresh downstream each time next is called, counting attempts', async () => {
    const attempts: number[] = []
    let calls = 0
    const retryOnce: Middleware = async (request, next) => {
      try {
        return await next(request)
      } catch (error) {
        if (isOpenRouterError(error) && error.retryable) return next(request)
        throw error
      }
    }
    const observe: Middleware = (request, next) => {
      attempts.push(request.attempt)
      calls++
      const headers: Record<string, string> =
        calls === 1 ? { 'x-mock-scenario': JSON.stringify({ status: 503 }) } : {}
      return next({ ...request, headers: { ...request.headers, ...headers } })
    }
    const before = mock.server.requests.length
    const response = await requestJson(chatSpec(), { client: client([retryOnce, observe]) })
    expect(response.status).toBe(200)
    expect(attempts).toEqual([1, 2])
    expect(mock.server.requests.length - before).toBe(2)
  })

  it('lets a middleware answer without any request reaching the server', async () => {
    const before = mock.server.requests.length
    const cached: Middleware = async () => ({
      type: 'json',
      status: 200,
      headers: new Headers(),
      data: { cached: true },
    })
    const response = await requestJson(chatSpec(), { client: client([cached]) })
    expect(response.data).toEqual({ cached: true })
    expect(mock.server.requests.length).toBe(before)
  })

  it('rejects with an OpenRouterError, not a TypeError, when a middleware answers a stream with JSON', async () => {
    const cached: Middleware = async () => ({ type: 'json', status: 200, headers: new Headers(), data: {} })
    const error = await rejection(requestStream(chatSpec(true), { client: client([cached]) }))
    expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
    expect((error as Error).message).toBe(
      'chat.stream: a middleware answered with a json response where an event stream was expected',
    )
  })

  it('rejects with an OpenRouterError when a middleware answers with something that is not a response', async () => {
    const broken = (async () => undefined) as unknown as Middleware
    const error = await rejection(requestJson(chatSpec(), { client: client([broken]) }))
    expect(isOpenRouterError(error) && error.message).toContain(
      'something that is not a response where a JSON body',
    )
  })

  it('sees the status and headers of a stream start, before any event is read', async () => {
    const seen: { status: number; generationId?: string; type: string }[] = []
    const observe: Middleware = async (request, next) => {
      const response = await next(request)
      seen.push({ status: response.status, generationId: response.generationId, type: response.type })
      return response
    }
    const stream = new ChunkStream(await requestStream(chatSpec(true), { client: client([observe]) }))
    expect(seen).toEqual([{ status: 200, generationId: stream.generationId, type: 'sse' }])
    stream.abort()
  })

  it('sees errors as rejections carrying status and headers', async () => {
    let caught: unknown
    const observe: Middleware = async (request, next) => {
      try {
        return await next(request)
      } catch (error) {
        caught = error
        throw error
      }
    }
    const error = await rejection(
      requestJson(chatSpec(), scenario({ status: 429, retryAfter: 2 }, { client: client([observe]) })),
    )
    expect(caught).toBe(error)
    expect(isOpenRouterError(error) && error.headers?.get('retry-after')).toBe('2')
  })

  it('never shows the API key to middleware, and hands it the telemetry fields', async () => {
    let seen: MiddlewareRequest | undefined
    const spy: Middleware = (request, next) => {
      seen = request
      return next(request)
    }
    await requestJson(chatSpec(), {
      client: client([spy]),
      telemetry: { tenant: 'acme', echo: `key ${TEST_KEY}` },
    })
    expect(JSON.stringify(seen)).not.toContain(TEST_KEY)
    expect(seen?.telemetry).toEqual({ tenant: 'acme', echo: 'key [redacted]' })
  })

  it('rejects a middleware entry that is not a function when the client is built', () => {
    expect(() =>
      createClient({
        baseURL: mock.server.baseURL,
        apiKey: TEST_KEY,
        middleware: ['retry' as unknown as Middleware],
      }),
    ).toThrow('middleware[0] must be a function, got string')
  })
})
