import type { Engine, EngineRequest, EngineResponse } from './engine.js'
import { type FailurePhase, networkError, timeoutError } from './errors/factories.js'
import type { ResponseBody } from './options.js'
import { readAll } from './read-all.js'
import { createWatchdog } from './watchdog.js'

/**
 * The engine for every runtime but Node: the platform's (or the user's) `fetch`.
 * fetch has no connect, headers or idle timers of its own, so they are ours here.
 */
export function createFetchEngine(fetchImpl: typeof fetch = globalThis.fetch): Engine {
  return {
    async send(call: EngineRequest): Promise<EngineResponse> {
      // Our own controller: our timers abort it without touching the caller's signal.
      const controller = new AbortController()
      const forward = () => controller.abort(call.signal?.reason)
      if (call.signal?.aborted) throw call.signal.reason
      call.signal?.addEventListener('abort', forward, { once: true })
      const headersTimer = Number.isFinite(call.headersMs)
        ? setTimeout(() => controller.abort(timeoutError('headersMs', call.headersMs)), call.headersMs)
        : undefined
      let response: Response
      try {
        response = await fetchImpl(call.url, {
          method: call.method,
          headers: call.headers,
          body: call.body,
          signal: controller.signal,
          // A streamed upload: fetch sends a stream body only half-duplex.
          ...(call.body instanceof ReadableStream ? { duplex: 'half' } : {}),
        } as RequestInit)
      } catch (error) {
        call.signal?.removeEventListener('abort', forward)
        throw controller.signal.aborted ? controller.signal.reason : networkError(error, 'request')
      } finally {
        clearTimeout(headersTimer)
      }
      const release = () => call.signal?.removeEventListener('abort', forward)
      return {
        status: response.status,
        headers: response.headers,
        body: wrapBody(response, call, controller, release),
      }
    },
    async close() {
      // fetch pools connections itself; there is nothing of ours to close.
    },
  }
}

function wrapBody(
  response: Response,
  call: EngineRequest,
  controller: AbortController,
  release: () => void,
): ResponseBody {
  const phase: FailurePhase = call.stream ? 'stream' : 'body'
  const fail = (error: unknown) =>
    controller.signal.aborted ? controller.signal.reason : networkError(error, phase)
  const idle = () => controller.abort(timeoutError('idleMs', call.idleMs))
  let settled = false
  const settle = () => {
    if (settled) return
    settled = true
    release()
  }
  // Cancelling a fetch body (reader.cancel) leaves Node's fetch holding the socket open while
  // the server stalls; aborting the fetch itself closes it. A finished fetch ignores the abort.
  const abortFetch = () => {
    if (!controller.signal.aborted) controller.abort(new DOMException('The body was released', 'AbortError'))
  }
  const body: ResponseBody = {
    async *[Symbol.asyncIterator]() {
      const reader = response.body?.getReader()
      if (reader === undefined) return settle()
      const watchdog = createWatchdog(call.idleMs, idle)
      let done = false
      try {
        while (true) {
          const next = await reader.read()
          if (next.done) break
          watchdog.touch()
          yield next.value
        }
        done = true
      } catch (error) {
        throw fail(error)
      } finally {
        watchdog.stop()
        if (!done) abortFetch()
        settle()
      }
    },
    // Read chunk by chunk rather than with response.text(), so idleMs stays an idle bound.
    text: async () => new TextDecoder().decode(await body.bytes()),
    bytes: () => readAll(body),
    cancel() {
      abortFetch()
      settle()
    },
  }
  return body
}
