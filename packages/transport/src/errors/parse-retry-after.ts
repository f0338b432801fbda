// The longest delay a timer can hold (2^31 - 1 ms, about 24.8 days): a larger or infinite
// value would make `setTimeout` fire at once, so an absurd `Retry-After` is read as this.
const MAX_DELAY_MS = 2_147_483_647
const capped = (ms: number) => Math.min(Math.round(ms), MAX_DELAY_MS)

/**
 * Milliseconds to wait from a `Retry-After` header, in either form RFC 9110 allows
 * (delay-seconds or an HTTP-date). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value == null) return undefined
  const text = value.trim()
  if (text === '') return undefined
  if (/^\d+(\.\d+)?$/.test(text)) return capped(Number(text) * 1000)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return capped(Math.max(0, date - now))
}

/** `availability.retry_after` is in seconds (OpenRouter copies `Retry-After` there). */
export function secondsToMs(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? capped(value * 1000) : undefined
}
