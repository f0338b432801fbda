import { checkMiddleware, type MiddlewareRequest, runMiddleware } from './middleware.js'
import { OpenRouterError } from './openrouter-error.js'
import {
  type CallOptions,
  type Client,
  type ClientOptions,
  DEFAULT_TIMEOUTS,
  type RequestSpec,
  type Timeouts,
  type TransportResponse,
} from './options.js'
import type { Platform, TelemetryContext } from './platform.js'
import { send } from './send.js'

const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'

/** Reads the environment where there is one (Node, Bun, Deno); edge runtimes have none. */
function environment(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ]
  return value === '' ? undefined : value
}

/** Builds a client on the given platform; `createClient` in each entry binds the platform. */
export function buildClient(options: ClientOptions, platform: Platform): Client {
  if (typeof options !== 'object' || options === null) throw invalid('createClient options must be an object')
  const baseURL = checkBaseURL(options.baseURL ?? environment('OPENROUTER_BASE_URL') ?? DEFAULT_BASE_URL)
  const apiKey = checkKey(options.apiKey, 'apiKey') ?? environment('OPENROUTER_API_KEY')
  const headers = checkHeaders(options.headers, 'headers') ?? {}
  const middleware = checkMiddleware(options.middleware, 'middleware')
  const timeouts = { ...DEFAULT_TIMEOUTS, ...checkTimeouts(options.timeout, 'timeout') }
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw invalid('fetch must be a function')
  const engine = platform.createEngine(options, timeouts.connectMs)

  async function request(spec: RequestSpec, call: CallOptions = {}): Promise<TransportResponse> {
    const key = checkKey(call.apiKey, 'apiKey') ?? apiKey
    const auth = spec.auth ?? 'required'
    if (auth === 'required' && key === undefined) {
      throw new OpenRouterError(
        `${spec.operation}: no API key: pass apiKey to createClient or to the call, or set OPENROUTER_API_KEY`,
        { kind: 'auth' },
      )
    }
    const callTimeouts = { ...timeouts, ...checkTimeouts(call.timeout, 'options.timeout') }
    const callHeaders = checkHeaders(call.headers, 'options.headers')
    const callMiddleware = checkMiddleware(call.middleware, 'options.middleware')
    if (call.signal !== undefined && !isAbortSignal(call.signal))
      throw invalid('options.signal must be an AbortSignal')
    if (call.signal?.aborted) throw call.signal.reason
    const initial: MiddlewareRequest = {
      operation: spec.operation,
      method: spec.method,
      url: buildUrl(baseURL, spec),
      headers: {
        ...(spec.body !== undefined && !isFormData(spec.body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
        ...callHeaders,
      },
      body: spec.body,
      stream: spec.response === 'sse' || spec.response === 'sse-or-json',
      signal: call.signal,
      attempt: 1,
    }
    const context = {
      engine,
      response: spec.response,
      apiKey: auth === 'none' ? undefined : key,
      timeouts: callTimeouts,
    }
    const terminal = (current: MiddlewareRequest) =>
      platform.trace(telemetryContext(current, baseURL), () => send(current, context))
    const chain = callMiddleware.length === 0 ? middleware : [...middleware, ...callMiddleware]
    return runMiddleware(chain, initial, terminal)
  }

  return {
    baseURL,
    request: request as Client['request'],
    close: () => engine.close(),
  }
}

function telemetryContext(request: MiddlewareRequest, baseURL: string): TelemetryContext {
  const model = (request.body as { model?: unknown } | undefined)?.model
  const path = request.url.startsWith(baseURL) ? request.url.slice(baseURL.length).split('?')[0] : request.url
  return {
    operation: request.operation,
    method: request.method,
    path: path ?? '',
    model: typeof model === 'string' ? model : undefined,
    stream: request.stream,
    attempt: request.attempt,
  }
}

function buildUrl(baseURL: string, spec: RequestSpec): string {
  if (spec.query === undefined) return baseURL + spec.path
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(spec.query))
    if (value !== undefined) query.set(name, String(value))
  const text = query.toString()
  return text === '' ? baseURL + spec.path : `${baseURL}${spec.path}?${text}`
}

const isAbortSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AbortSignal).aborted === 'boolean' &&
  typeof (value as AbortSignal).addEventListener === 'function'

const isFormData = (body: unknown) => typeof FormData !== 'undefined' && body instanceof FormData

const invalid = (message: string) => new OpenRouterError(message, { kind: 'invalid_request' })

function checkBaseURL(value: unknown): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    const got = typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : typeof value
    throw invalid(`baseURL must be an absolute http(s) URL, got ${got}`)
  }
  return url.href.replace(/\/+$/, '')
}

function checkKey(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined
  // The value itself is never echoed: it may be a real key in the wrong place.
  if (typeof value !== 'string' || value.trim() === '') throw invalid(`${field} must be a non-empty string`)
  return value
}

function checkHeaders(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null) throw invalid(`${field} must be an object of strings`)
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') throw invalid(`${field}.${name} must be a string`)
  }
  return value as Record<string, string>
}

function checkTimeouts(value: unknown, field: string): Timeouts | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null) throw invalid(`${field} must be an object`)
  for (const [name, ms] of Object.entries(value)) {
    if (ms === undefined) continue
    if (!(name in DEFAULT_TIMEOUTS) && name !== 'totalMs') throw invalid(`${field}.${name} is not a timeout`)
    if (typeof ms !== 'number' || !(ms > 0)) throw invalid(`${field}.${name} must be a positive number of ms`)
  }
  return Object.fromEntries(Object.entries(value).filter(([, ms]) => ms !== undefined)) as Timeouts
}
