import type {
  Middleware,
  MiddlewareRequest,
  MiddlewareResponse,
  Next,
  OpenRouterError,
} from '@orsdk/transport'
import { policyError } from '@orsdk/transport'
import type { JsonResponse, StreamSource } from '@orsdk/transport/protocol'
import { describe, expectTypeOf, it } from 'vitest'
import { circuitBreaker, logging, rateLimit, retry, rotateModels } from '../src/index.js'
import { tracing } from '../src/tracing.js'

describe('the Middleware signature', () => {
  it('takes the request and next, and resolves with a response', () => {
    expectTypeOf<Middleware>().parameters.toEqualTypeOf<[request: MiddlewareRequest, next: Next]>()
    expectTypeOf<Middleware>().returns.toEqualTypeOf<Promise<MiddlewareResponse>>()
    expectTypeOf<Next>().toEqualTypeOf<(request: MiddlewareRequest) => Promise<MiddlewareResponse>>()
  })

  it('narrows a response by its type: JSON data, bytes, a body, or the unread stream', () => {
    expectTypeOf<MiddlewareResponse['type']>().toEqualTypeOf<'json' | 'bytes' | 'body' | 'sse'>()
    expectTypeOf<Extract<MiddlewareResponse, { type: 'json' }>>().toEqualTypeOf<JsonResponse>()
    expectTypeOf<Extract<MiddlewareResponse, { type: 'bytes' }>['data']>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<Extract<MiddlewareResponse, { type: 'body' }>['body']>().toEqualTypeOf<
      ReadableStream<Uint8Array>
    >()
    expectTypeOf<Extract<MiddlewareResponse, { type: 'sse' }>['source']>().toEqualTypeOf<StreamSource>()
  })

  it('keeps the API key out of the request a middleware sees', () => {
    expectTypeOf<MiddlewareRequest>().not.toHaveProperty('apiKey')
    expectTypeOf<MiddlewareRequest['telemetry']>().toEqualTypeOf<
      Record<string, string | number | boolean> | undefined
    >()
  })

  it('accepts a hand-written middleware that answers by itself with a policyError', () => {
    const closed: Middleware = async (request, next) =>
      request.operation === 'chat'
        ? Promise.reject(policyError('closed', { kind: 'rate_limit', code: 'closed' }))
        : next(request)
    expectTypeOf(closed).toEqualTypeOf<Middleware>()
    expectTypeOf(policyError).returns.toEqualTypeOf<OpenRouterError>()
    // @ts-expect-error a policy error needs a stable code
    policyError('closed', { kind: 'rate_limit' })
  })

  it('returns a Middleware from every recipe', () => {
    expectTypeOf(retry()).toEqualTypeOf<Middleware>()
    expectTypeOf(rotateModels({ models: ['a/b'] })).toEqualTypeOf<Middleware>()
    expectTypeOf(circuitBreaker()).toEqualTypeOf<Middleware>()
    expectTypeOf(rateLimit({ requests: 1, intervalMs: 1000 })).toEqualTypeOf<Middleware>()
    expectTypeOf(logging()).toEqualTypeOf<Middleware>()
    expectTypeOf(tracing()).toEqualTypeOf<Middleware>()
  })
})
