import { pollTimeoutError } from './errors/factories.js'
import { parseRetryAfter } from './errors/parse-retry-after.js'

/** What `poll` needs: how to ask, when to stop, how long to wait between asks. */
export interface PollOptions<Value> {
  /** Names the call in the timeout error, e.g. 'waitForVideo'. */
  operation: string
  /**
   * Asks for the current state once. Pass `signal` to the request: it aborts on the caller's
   * signal and at the deadline. `headers` of the answer are read for `Retry-After`.
   */
  check: (signal: AbortSignal) => Promise<{ value: Value; headers?: Headers }>
  /** True once the value is final (finished or failed): `poll` resolves with it. */
  isDone: (value: Value) => boolean
  /** Wait between two asks, unless the answer's `Retry-After` asks for another wait. */
  intervalMs: number
  /** Gives up after this long in all, with `kind: 'timeout'` and the last value in `partial`. */
  timeoutMs?: number
  /** Stops polling: `poll` rejects with `signal.reason`. */
  signal?: AbortSignal
  /** Called with every value `check` returns, the final one included. */
  onProgress?: (value: Value) => void
}

/**
 * Asks `check` until `isDone`, waiting `intervalMs` between asks, or what the last answer's
 * `Retry-After` says. One timer at a time, cleared when the poll settles; an abort rejects at
 * once, in a wait or in a request, with the signal's reason; the deadline rejects with an
 * `OpenRouterError` of kind `timeout` whose `partial` is the last value seen.
 *
 * @example
 * const job = await poll({
 *   operation: 'waitForJob',
 *   check: async (signal) => {
 *     const { data, headers } = await requestJson({ operation: 'jobs.get', method: 'GET', path: `/jobs/${id}` }, { ...options, signal })
 *     return { value: data as Job, headers }
 *   },
 *   isDone: (job) => job.status === 'completed' || job.status === 'failed',
 *   intervalMs: 2000,
 *   timeoutMs: 600_000,
 *   signal: options.signal,
 * })
 */
export async function poll<Value>(options: PollOptions<Value>): Promise<Value> {
  const { operation, check, isDone, intervalMs, timeoutMs, signal, onProgress } = options
  if (signal?.aborted) throw signal.reason
  // One controller for the whole poll: the caller's abort and the deadline both end it.
  const controller = new AbortController()
  let last: Value | undefined
  const onAbort = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const deadline =
    timeoutMs !== undefined && Number.isFinite(timeoutMs)
      ? setTimeout(() => controller.abort(pollTimeoutError(operation, timeoutMs, last)), timeoutMs)
      : undefined
  try {
    for (;;) {
      const { value, headers } = await check(controller.signal)
      last = value
      onProgress?.(value)
      if (isDone(value)) return value
      await wait(parseRetryAfter(headers?.get('retry-after')) ?? intervalMs, controller.signal)
    }
  } catch (error) {
    // A request cut by our own abort rejects with the abort's reason; anything else passes on.
    throw controller.signal.aborted ? controller.signal.reason : error
  } finally {
    clearTimeout(deadline)
    signal?.removeEventListener('abort', onAbort)
  }
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
