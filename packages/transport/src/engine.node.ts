import type { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Dispatcher } from 'undici'
import type { Engine, EngineRequest, EngineResponse } from './engine.js'
import type { FailurePhase } from './errors/factories.js'
import type { ResponseBody } from './options.js'
import type { PlatformCore } from './platform.js'

// undici (and `node:stream`, for streamed uploads) are loaded on the first request, not at
// import: they cost tens of milliseconds to load, which every script importing an orsdk package
// would otherwise pay up front (`pnpm bench:import`).
interface NodeLibraries {
  Agent: typeof import('undici').Agent
  request: typeof import('undici').request
  Readable: typeof Readable
}
let libraries: NodeLibraries | undefined
async function loadLibraries(): Promise<NodeLibraries> {
  const [{ Agent, request }, { Readable }] = await Promise.all([import('undici'), import('node:stream')])
  libraries = { Agent, request, Readable }
  return libraries
}

export interface NodeEngineOptions {
  dispatcher?: unknown
  connectMs: number
}

/**
 * The Node engine: undici `request` over a keep-alive `Agent`. undici owns the connect,
 * headers and body-idle timers; ours are only the optional `totalMs` (see attempt.ts) and a
 * stream's `eventIdleMs` watchdog.
 */
export function createNodeEngine(options: NodeEngineOptions, errors: EngineErrors): Engine {
  const own = options.dispatcher === undefined
  let agent = options.dispatcher as Dispatcher | undefined

  return {
    async send(call: EngineRequest): Promise<EngineResponse> {
      const { Agent, request, Readable } = libraries ?? (await loadLibraries())
      // Built on first use, rebuilt after close().
      if (agent === undefined) {
        agent = new Agent({
          connect: { timeout: Number.isFinite(options.connectMs) ? options.connectMs : 0 },
        })
        openAgents()?.set(agent, call.url)
      }
      let response: Dispatcher.ResponseData
      try {
        const { body, headers } = call.body instanceof FormData ? encodeForm(call.body, call.headers) : call
        response = await request(call.url, {
          method: call.method as Dispatcher.HttpMethod,
          headers,
          body: toUndiciBody(body, Readable),
          signal: call.signal,
          dispatcher: agent,
          // undici reads 0 as "no limit"; Infinity is ours.
          headersTimeout: Number.isFinite(call.headersMs) ? call.headersMs : 0,
          bodyTimeout: Number.isFinite(call.idleMs) ? call.idleMs : 0,
        })
      } catch (error) {
        throw failure(errors, error, call, options.connectMs, 'request')
      }
      return {
        status: response.statusCode,
        headers: toHeaders(response.headers),
        body: wrapBody(response.body, call, errors),
      }
    },
    async close() {
      const current = agent
      if (!own || current === undefined) return
      agent = undefined
      openAgents()?.delete(current)
      await current.close()
    },
  }
}

function wrapBody(
  body: Dispatcher.ResponseData['body'],
  call: EngineRequest,
  errors: EngineErrors,
): ResponseBody {
  const phase: FailurePhase = call.stream ? 'stream' : 'body'
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of body) yield chunk as Uint8Array
      } catch (error) {
        throw failure(errors, error, call, 0, phase)
      }
    },
    async text() {
      try {
        return await body.text()
      } catch (error) {
        throw failure(errors, error, call, 0, phase)
      }
    },
    async bytes() {
      try {
        return new Uint8Array(await body.arrayBuffer())
      } catch (error) {
        throw failure(errors, error, call, 0, phase)
      }
    },
    cancel(reason?: unknown) {
      if (body.destroyed) return
      // Destroying an unread body makes undici emit an 'error' nobody waits for.
      body.on('error', ignore)
      body.destroy(reason instanceof Error ? reason : undefined)
    },
  }
}

const ignore = () => {}

/** A web stream goes as a Node `Readable` (undici's own type for a streamed body). */
function toUndiciBody(
  body: EngineRequest['body'],
  Readable: typeof import('node:stream').Readable,
): string | Uint8Array | Readable | undefined {
  if (body instanceof ReadableStream) return Readable.fromWeb(body as NodeReadableStream)
  // A form was encoded to a stream by `encodeForm` before this point.
  if (body instanceof FormData) return undefined
  return body
}

/**
 * A test suite's record of the pools clients opened and have not closed (`close()`): a `Map` it
 * puts at this global to fail a test that leaks one. Nothing is recorded when it is absent.
 */
const OPEN_AGENTS = Symbol.for('orsdk.openAgents')
const openAgents = () => (globalThis as { [OPEN_AGENTS]?: Map<unknown, string> })[OPEN_AGENTS]

/**
 * undici 7's `request` cannot send the global `FormData` of Node's bundled undici, so a form
 * is encoded by the platform's own `Response`, which also gives its boundary. Its body is sent
 * as a stream: a large file in the form is not copied into one buffer first.
 */
function encodeForm(form: FormData, headers: Record<string, string>) {
  const encoded = new Response(form)
  const type = encoded.headers.get('content-type') ?? 'multipart/form-data'
  return { body: encoded.body ?? '', headers: { ...headers, 'content-type': type } }
}

/** The error factories of the core (see `PlatformCore`). */
type EngineErrors = Pick<PlatformCore, 'networkError' | 'timeoutError'>

function failure(
  { networkError, timeoutError }: EngineErrors,
  error: unknown,
  call: EngineRequest,
  connectMs: number,
  phase: FailurePhase,
): unknown {
  if (call.signal?.aborted) return call.signal.reason
  switch ((error as { code?: unknown } | null)?.code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return timeoutError('connectMs', connectMs, error)
    case 'UND_ERR_HEADERS_TIMEOUT':
      return timeoutError('headersMs', call.headersMs, error)
    case 'UND_ERR_BODY_TIMEOUT':
      return timeoutError('idleMs', call.idleMs, error)
    default:
      return networkError(error, phase)
  }
}

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers()
  for (const name in raw) {
    const value = raw[name]
    if (typeof value === 'string') headers.append(name, value)
    else if (value !== undefined) for (const item of value) headers.append(name, item)
  }
  return headers
}
