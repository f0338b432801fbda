import { timeoutError } from './errors/factories.js'
import type { ResponseBody } from './options.js'

/** The abort signal and timers of one call of the engine, released exactly once. */
export interface Attempt {
  /** Absent when nothing can abort the call: no listener then costs anything per request. */
  readonly signal: AbortSignal | undefined
  /** Removes the listener on the caller's signal and clears the total timer. */
  end(): void
  /** A body that ends the attempt when it is read to the end, fails, or is cancelled. */
  bind(body: ResponseBody): ResponseBody
}

/**
 * Links the caller's signal to a controller of our own (so our timers never abort the
 * caller's signal) and arms `totalMs`. Listeners are removed when the attempt ends, so a
 * long-lived signal does not collect one per request.
 */
export function startAttempt(callerSignal: AbortSignal | undefined, totalMs: number | undefined): Attempt {
  const hasTotal = totalMs !== undefined && Number.isFinite(totalMs)
  // Without a total timer the caller's signal is enough as is (EventTarget listeners cost
  // microseconds each on Node 20, on every request).
  if (!hasTotal) return { signal: callerSignal, end() {}, bind: (body) => body }
  const controller = new AbortController()
  const forward = () => controller.abort(callerSignal?.reason)
  callerSignal?.addEventListener('abort', forward, { once: true })
  const timer = setTimeout(() => controller.abort(timeoutError('totalMs', totalMs)), totalMs)
  let ended = false
  const end = () => {
    if (ended) return
    ended = true
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', forward)
  }
  return {
    signal: controller.signal,
    end,
    bind(body) {
      return {
        async *[Symbol.asyncIterator]() {
          try {
            yield* body
          } finally {
            end()
          }
        },
        text: () => body.text().finally(end),
        bytes: () => body.bytes().finally(end),
        cancel(reason) {
          body.cancel(reason)
          end()
        },
      }
    },
  }
}
