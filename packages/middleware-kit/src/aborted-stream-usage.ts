/**
 * abortedStreamUsage: recovers what a stream you aborted cost. A stream stopped mid-way never gets
 * its final usage chunk, yet OpenRouter bills what was generated and writes it into the
 * generation's record (`GET /generation?id=`) a little later. When a call's `signal` aborts after
 * its stream started, this looks the record up (a bounded poll that backs off, as the record
 * appears late) and hands you its usage and cost.
 * Needs: `@orsdk/transport`, and a function that reads the record (`fetchGeneration` from
 * `@orsdk/catalog/live`, `getGeneration` from `@orsdk/account`, or your own `requestJson`).
 * Usage: `createClient({ middleware: [abortedStreamUsage({ fetchGeneration: (id) => fetchGeneration(id, { client }), onUsage })] })`
 * Not for: a stream stopped by `stream.abort()` or `break` (middleware cannot see those: abort
 * through the call's `signal`, or look `stream.generationId` up yourself), or buffered calls.
 *
 * @module
 */
import { isOpenRouterError, type Middleware, policyError } from '@orsdk/transport'

const DEFAULT_MAX_ATTEMPTS = 6
const DEFAULT_FIRST_DELAY_MS = 500
const DEFAULT_MAX_DELAY_MS = 4000
/** Streams remembered per signal: a signal shared by many streams keeps the latest ones only. */
const MAX_WATCHED_PER_SIGNAL = 32

/** What an aborted stream cost, from its generation record. */
export interface RecoveredUsage {
  generationId: string
  /** The call's operation (`chat.stream`, `messages.stream`, ...). */
  operation: string
  /** Shaped like a chat answer's `usage` (native token counts), so `costOf(usage)` reads it. */
  usage: {
    prompt_tokens: number
    completion_tokens: number
    total_tokens: number
    cost: number
    is_byok: boolean
    cost_details: { upstream_inference_cost: number | null }
  }
  /** The record as it came. */
  record: Record<string, unknown>
}

/** Options of {@link abortedStreamUsage}. */
export interface AbortedStreamUsageOptions {
  /** Reads `GET /generation?id=`: the record (or `{ data: record }`); a 404 while it is not there yet. */
  fetchGeneration: (generationId: string) => Promise<unknown>
  /** Receives each recovered usage. */
  onUsage: (recovered: RecoveredUsage) => void
  /** Receives a lookup that failed, or found nothing within `maxAttempts`; default: ignored. */
  onError?: (error: unknown, generationId: string) => void
  /** Lookups per stream; default 6. */
  maxAttempts?: number
  /** Wait before the first lookup, doubled for each next one up to `maxDelayMs`; default 500 ms. */
  firstDelayMs?: number
  /** Longest wait between lookups; default 4000 ms (6 lookups span about 16 s). */
  maxDelayMs?: number
}

/**
 * Watches the streams of calls that have a `signal`; once it aborts, looks up each one's record,
 * and calls `onUsage` for those OpenRouter recorded as cancelled (a stream that had ended already
 * delivered its usage). The lookups run after the abort, outside any call; a 404 or a retryable
 * error is looked up again, anything else goes to `onError`, as does `code: 'generation_not_found'`.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { fetchGeneration } from '@orsdk/catalog/live'
 * import { costOf } from '@orsdk/chat'
 * const client = createClient({
 *   middleware: [abortedStreamUsage({
 *     fetchGeneration: (id) => fetchGeneration(id, { client }),
 *     onUsage: ({ usage }) => console.log('the aborted stream cost', costOf(usage)?.total),
 *   })],
 * })
 */
export function abortedStreamUsage(options: AbortedStreamUsageOptions): Middleware {
  const { fetchGeneration, onUsage, onError = () => {} } = options ?? {}
  for (const [name, value] of Object.entries({ fetchGeneration, onUsage, onError }))
    if (typeof value !== 'function') throw new TypeError(`abortedStreamUsage: ${name} must be a function`)
  const maxAttempts = count(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, 'maxAttempts', 1)
  const firstDelayMs = count(options.firstDelayMs ?? DEFAULT_FIRST_DELAY_MS, 'firstDelayMs', 0)
  const maxDelayMs = count(options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, 'maxDelayMs', 0)
  // One listener per signal however many streams share it, forgotten with the signal.
  const watched = new WeakMap<AbortSignal, { id: string; operation: string }[]>()

  const recover = async (id: string, operation: string) => {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await new Promise((done) => setTimeout(done, Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1))))
      let found: unknown
      try {
        found = await fetchGeneration(id)
      } catch (error) {
        // Not written yet (404), or a passing failure: look again; anything else ends the search.
        if (isOpenRouterError(error) && (error.status === 404 || error.retryable)) continue
        return onError(error, id)
      }
      const value = (found ?? {}) as { data?: Record<string, unknown> }
      const record = (typeof value.data === 'object' && value.data !== null ? value.data : value) as Record<
        string,
        unknown
      >
      if (record.cancelled === false) return
      return onUsage({ generationId: id, operation, usage: usageOf(record), record })
    }
    const message = `abortedStreamUsage: no generation record for ${id} after ${maxAttempts} lookups`
    onError(policyError(message, { kind: 'server', code: 'generation_not_found', retryable: true }), id)
  }

  return async function abortedStreamUsage(request, next) {
    const response = await next(request)
    const { signal } = request
    if (!request.stream || signal === undefined || response.generationId === undefined) return response
    const stream = { id: response.generationId, operation: request.operation }
    if (signal.aborted) void recover(stream.id, stream.operation)
    else if (watched.has(signal)) {
      const streams = watched.get(signal) ?? []
      if (streams.push(stream) > MAX_WATCHED_PER_SIGNAL) streams.shift()
    } else {
      watched.set(signal, [stream])
      const onAbort = () => {
        for (const { id, operation } of watched.get(signal) ?? []) void recover(id, operation)
        watched.delete(signal)
      }
      signal.addEventListener('abort', onAbort, { once: true })
    }
    return response
  }
}

/** The record's counts in a chat usage's shape: native tokenizer counts, as chat answers report. */
function usageOf(record: Record<string, unknown>): RecoveredUsage['usage'] {
  const first = (...names: string[]) =>
    (names.map((name) => record[name]).find((v) => typeof v === 'number') ?? 0) as number
  const prompt = first('native_tokens_prompt', 'tokens_prompt')
  const completion = first('native_tokens_completion', 'tokens_completion')
  const upstream = record.upstream_inference_cost
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    cost: first('total_cost', 'usage'),
    is_byok: record.is_byok === true,
    cost_details: { upstream_inference_cost: typeof upstream === 'number' ? upstream : null },
  }
}

function count(value: unknown, name: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw new TypeError(`abortedStreamUsage: ${name} must be an integer >= ${min}, got ${String(value)}`)
  return value
}
