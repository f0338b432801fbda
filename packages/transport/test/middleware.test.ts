import { describe, expect, it } from 'vitest'
import { isOpenRouterError, type Middleware, type MiddlewareRequest } from '../src/index.js'
import { chatBody, engines, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

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
  const spec = {
    operation: 'chat',
    method: 'POST',
    path: '/chat/completions',
    body: chatBody(),
    response: 'json',
  } as const

  it('runs client-level middleware outside per-call middleware, in order', async () => {
    const log: string[] = []
    const client = createClient({
      baseURL: mock.server.baseURL,
      apiKey: TEST_KEY,
      middleware: [tag('a', log), tag('b', log)],
    })
    await client.request(spec, { middleware: [tag('c', log)] })
    expect(log).toEqual(['a:before', 'b:before', 'c:before', 'c:after', 'b:after', 'a:after'])
  })

  it('lets a middleware change the body before it is sent', async () => {
    const pinModel: Middleware = (request, next) =>
      next({ ...request, body: { ...(request.body as object), model: 'anthropic/claude-sonnet-4' } })
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, middleware: [pinModel] })
    const response = await client.request(spec)
    expect(mock.server.requests.at(-1)?.body).toMatchObject({ model: 'anthropic/claude-sonnet-4' })
    expect(response.type === 'json' && (response.data as { model: string }).model).toBe(
      'anthropic/claude-sonnet-4',
    )
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
    const client = createClient({
      baseURL: mock.server.baseURL,
      apiKey: TEST_KEY,
      middleware: [retryOnce, observe],
    })
    const before = mock.server.requests.length
    const response = await client.request(spec)
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
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, middleware: [cached] })
    const response = await client.request(spec)
    expect(response.type === 'json' && response.data).toEqual({ cached: true })
    expect(mock.server.requests.length).toBe(before)
  })

  it('sees the status and headers of a stream start, before any event is read', async () => {
    const seen: { status: number; generationId?: string; type: string }[] = []
    const observe: Middleware = async (request, next) => {
      const response = await next(request)
      seen.push({ status: response.status, generationId: response.generationId, type: response.type })
      return response
    }
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, middleware: [observe] })
    const response = await client.request({
      ...spec,
      operation: 'chat.stream',
      body: chatBody({ stream: true }),
      response: 'sse',
    })
    expect(seen).toEqual([{ status: 200, generationId: response.generationId, type: 'sse' }])
    if (response.type === 'sse') response.body.cancel()
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
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, middleware: [observe] })
    const error = await rejection(client.request(spec, scenario({ status: 429, retryAfter: 2 })))
    expect(caught).toBe(error)
    expect(isOpenRouterError(error) && error.headers?.get('retry-after')).toBe('2')
  })

  it('never shows the API key to middleware', async () => {
    let seen: MiddlewareRequest | undefined
    const client = createClient({
      baseURL: mock.server.baseURL,
      apiKey: TEST_KEY,
      middleware: [
        (request, next) => {
          seen = request
          return next(request)
        },
      ],
    })
    await client.request(spec)
    expect(JSON.stringify(seen)).not.toContain(TEST_KEY)
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
