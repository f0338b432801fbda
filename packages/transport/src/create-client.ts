import {
  appHeaders,
  checkBaseURL,
  checkHeaders,
  checkKey,
  checkMiddleware,
  checkSignal,
  checkTelemetry,
  checkTimeouts,
} from './check-options.js'
import { invalidRequest, missingKeyError } from './errors/factories.js'
import { redactSecrets } from './errors/redact.js'
import { type Middleware, type MiddlewareRequest, runMiddleware } from './middleware.js'
import {
  type CallOptions,
  type Client,
  type ClientOptions,
  DEFAULT_TIMEOUTS,
  type RequestSpec,
  type TelemetryMetadata,
  type TransportResponse,
} from './options.js'
import type { Platform, TelemetryContext } from './platform.js'
import type { ResponseReader } from './read-response.js'
import { send } from './send.js'

const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'

/** Where a client keeps its pipeline; a symbol, so it stays off the public `Client` type. */
export const CLIENT_PIPELINE = Symbol.for('orsdk.client.pipeline')

/** Sends one request through a client: what `requestJson`, `requestStream`, ... call. */
export type Pipeline = (
  spec: RequestSpec,
  reader: ResponseReader,
  call: CallOptions,
) => Promise<TransportResponse>

/** A client as the transport sees it. */
export interface ClientWithPipeline extends Client {
  readonly [CLIENT_PIPELINE]: Pipeline
}

/** Reads the environment where there is one (Node, Bun, Deno); edge runtimes have none. */
function environment(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ]
  return value === '' ? undefined : value
}

/** Builds a client on the given platform; `createClient` binds the platform of this runtime. */
export function buildClient(options: ClientOptions, platform: Platform): ClientWithPipeline {
  if (typeof options !== 'object' || options === null)
    throw invalidRequest('createClient options must be an object')
  const baseURL = checkBaseURL(
    options.baseURL ?? environment('OPENROUTER_BASE_URL') ?? DEFAULT_BASE_URL,
    'baseURL',
  )
  const apiKey = checkKey(options.apiKey, 'apiKey') ?? environment('OPENROUTER_API_KEY')
  // The SDK's own name first, then the app's attribution, then the user's headers, which win.
  const headers = {
    ...platform.agentHeaders,
    ...appHeaders(options.app, 'app'),
    ...checkHeaders(options.headers, 'headers'),
  }
  const middleware = checkMiddleware(options.middleware, 'middleware')
  const timeouts = { ...DEFAULT_TIMEOUTS, ...checkTimeouts(options.timeout, 'timeout') }
  const telemetry = checkTelemetry(options.telemetry, 'telemetry')
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    throw invalidRequest('fetch must be a function')
  const engine = platform.createEngine(options, timeouts.connectMs)

  const pipeline: Pipeline = async (spec, reader, call) => {
    const key = checkKey(call.apiKey, 'options.apiKey') ?? apiKey
    const auth = spec.auth ?? 'required'
    if (auth === 'required' && key === undefined) throw missingKeyError(spec.operation)
    const callBase = call.baseURL === undefined ? baseURL : checkBaseURL(call.baseURL, 'options.baseURL')
    const callTimeouts =
      call.timeout === undefined
        ? timeouts
        : { ...timeouts, ...checkTimeouts(call.timeout, 'options.timeout') }
    const callHeaders = checkHeaders(call.headers, 'options.headers')
    const chain = callMiddlewareList(middleware, call.middleware)
    const callTelemetry = checkTelemetry(call.telemetry, 'options.telemetry')
    const signal = checkSignal(call.signal, 'options.signal')
    if (signal?.aborted) throw signal.reason
    const initial: MiddlewareRequest = {
      operation: spec.operation,
      method: spec.method,
      url: buildUrl(callBase, spec),
      headers: withoutEmpty({ ...headers, ...callHeaders }),
      body: spec.body,
      stream: reader.stream,
      signal,
      attempt: 1,
    }
    const metadata = callTelemetry === undefined ? telemetry : { ...telemetry, ...callTelemetry }
    if (metadata !== undefined) initial.telemetry = scrubbed(metadata, key)
    const context = {
      engine,
      reader,
      spec,
      apiKey: auth === 'none' ? undefined : key,
      timeouts: callTimeouts,
    }
    const terminal = (current: MiddlewareRequest) =>
      platform.trace(
        () => telemetryContext(current, callBase),
        () => send(current, context),
      )
    return runMiddleware(chain, initial, terminal)
  }

  return {
    baseURL,
    close: () => engine.close(),
    [CLIENT_PIPELINE]: pipeline,
  }
}

/** The middleware a call runs: the client's, then the call's; or the list a function returns. */
function callMiddlewareList(client: Middleware[], call: CallOptions['middleware']): readonly Middleware[] {
  if (call === undefined) return client
  if (typeof call === 'function') return checkMiddleware(call(client), 'options.middleware()')
  const extra = checkMiddleware(call, 'options.middleware')
  return extra.length === 0 ? client : [...client, ...extra]
}

/** Telemetry fields with any key in them removed: telemetry never carries a secret. */
function scrubbed(metadata: TelemetryMetadata, key: string | undefined): TelemetryMetadata {
  const clean: TelemetryMetadata = {}
  for (const [name, value] of Object.entries(metadata))
    clean[name] = typeof value === 'string' ? redactSecrets(value, key) : value
  return clean
}

/** A header set to '' is not sent: the way to drop one the client adds (`x-orsdk-agent`). */
function withoutEmpty(headers: Record<string, string>): Record<string, string> {
  for (const name in headers) if (headers[name] === '') delete headers[name]
  return headers
}

function telemetryContext(request: MiddlewareRequest, baseURL: string): TelemetryContext {
  const model = (request.body as { model?: unknown } | undefined)?.model
  const path = request.url.startsWith(baseURL) ? request.url.slice(baseURL.length).split('?')[0] : request.url
  return {
    ...request.telemetry,
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
