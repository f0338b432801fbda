import { isRecord } from './is-record'

/** Name of the request header that scripts one request from any process; its value is a JSON {@link Scenario}. */
export const SCENARIO_HEADER = 'x-mock-scenario'

/**
 * How the emulator answers one request. Empty means "behave like OpenRouter".
 *
 * @example
 * ```ts
 * const scenario: Scenario = { status: 429, retryAfter: 2 }
 * await fetch(`${server.baseURL}/chat/completions`, { headers: { 'x-mock-scenario': JSON.stringify(scenario) } })
 * ```
 */
export interface Scenario {
  /** Respond with this status; for >= 400 without `body`, an OpenRouter error body fitting the status. */
  status?: number
  /** Response body: a string is sent raw as given (HTML page, truncated JSON, '' for empty), anything else as JSON. */
  body?: unknown
  /** Overrides the content-type header. */
  contentType?: string
  /** Extra response headers. */
  headers?: Record<string, string>
  /** Sets the Retry-After header. */
  retryAfter?: string | number
  /** Waits this long before sending status and headers. */
  headersDelayMs?: number
  /** Destroys the socket without any response. */
  resetBeforeHeaders?: boolean
  /** Number of content-delta chunks of a stream (default 4); the text is split across them. */
  chunks?: number
  /** The assistant text (default: a fixed sentence mentioning the model). */
  text?: string
  /** Pause between stream chunks (default 0). */
  chunkDelayMs?: number
  /** `: OPENROUTER PROCESSING` comment lines sent before the first chunk and between chunks (count each time). */
  keepAlive?: number
  /** While stalled, sends a keep-alive comment every N ms. */
  keepAliveDuringStall?: number
  /** After N chunks, sends an in-band error chunk and ends the stream (buffered: a 200 with finish_reason 'error'). */
  errorAfter?: number
  /** Code of that in-band error (default 502; 'server_error' on /responses); a string such as 'server_error' is allowed. */
  errorCode?: number | string
  /** /responses only: the in-band failure `errorAfter` sends, `response.failed` (default) or an `error` event. */
  errorEvent?: 'response.failed' | 'error'
  /** Destroys the socket after N chunks. */
  resetAfter?: number
  /** After N chunks, sends nothing more and keeps the socket open until the client leaves or `close()`. */
  stallAfter?: number
  /** Ends the body cleanly without `data: [DONE]`. */
  noDone?: boolean
  /** Skips the usage chunk. */
  noUsage?: boolean
  /** Sends exactly these pieces (utf-8) as an SSE body, one write each, `chunkDelayMs` apart. */
  raw?: string[]
  /** When > 0, re-splits everything written into pieces of this many bytes (may cut inside UTF-8 and CRLF). */
  splitBytes?: number
  /** `GET /generation` finds this request's record only this long after the answer ended (404 before). */
  generationDelayMs?: number
}

const COUNT_FIELDS = [
  'headersDelayMs',
  'chunks',
  'chunkDelayMs',
  'keepAlive',
  'keepAliveDuringStall',
  'errorAfter',
  'resetAfter',
  'stallAfter',
  'splitBytes',
  'generationDelayMs',
] as const
const FLAG_FIELDS = ['resetBeforeHeaders', 'noDone', 'noUsage'] as const

/** Checks an untrusted value (a parsed header, a script result) and returns a clean {@link Scenario}; throws a TypeError naming the bad field. */
export function normalizeScenario(value: unknown): Scenario {
  if (!isRecord(value)) throw new TypeError('the scenario must be a JSON object')
  const scenario: Scenario = {}
  for (const key of COUNT_FIELDS) {
    const field = value[key]
    if (field === undefined) continue
    if (typeof field !== 'number' || !Number.isFinite(field) || field < 0) {
      throw new TypeError(`${key} must be a non-negative number`)
    }
    scenario[key] = field
  }
  for (const key of FLAG_FIELDS) {
    if (value[key] !== undefined) scenario[key] = value[key] === true
  }
  const { status, body, contentType, headers, retryAfter, text, errorCode, errorEvent, raw } = value
  if (status !== undefined) {
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 999) {
      throw new TypeError('status must be an integer between 200 and 999')
    }
    scenario.status = status
  }
  if (body !== undefined) scenario.body = body
  if (contentType !== undefined) scenario.contentType = String(contentType)
  if (text !== undefined) scenario.text = String(text)
  if (retryAfter !== undefined)
    scenario.retryAfter = typeof retryAfter === 'number' ? retryAfter : String(retryAfter)
  if (errorCode !== undefined)
    scenario.errorCode = typeof errorCode === 'number' ? errorCode : String(errorCode)
  if (errorEvent !== undefined) {
    if (errorEvent !== 'response.failed' && errorEvent !== 'error')
      throw new TypeError("errorEvent must be 'response.failed' or 'error'")
    scenario.errorEvent = errorEvent
  }
  if (headers !== undefined) {
    if (!isRecord(headers)) throw new TypeError('headers must be an object of strings')
    scenario.headers = Object.fromEntries(Object.entries(headers).map(([name, item]) => [name, String(item)]))
  }
  if (raw !== undefined) {
    if (!Array.isArray(raw)) throw new TypeError('raw must be an array of strings')
    scenario.raw = raw.map((piece) => String(piece))
  }
  return scenario
}

/**
 * Picks the scenario of one request: the `script` result wins over the header, the header over nothing.
 * Throws a TypeError whose message says which source was invalid.
 */
export function resolveScenario<T>(
  request: T,
  headerValue: string | undefined,
  script: ((request: T) => Scenario | undefined) | undefined,
): Scenario {
  const scripted = script?.(request)
  if (scripted !== undefined) {
    try {
      return normalizeScenario(scripted)
    } catch (error) {
      throw new TypeError(`invalid scenario returned by script: ${(error as Error).message}`)
    }
  }
  if (headerValue === undefined || headerValue === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(headerValue)
  } catch {
    throw new TypeError(`invalid ${SCENARIO_HEADER} header: not JSON`)
  }
  try {
    return normalizeScenario(parsed)
  } catch (error) {
    throw new TypeError(`invalid ${SCENARIO_HEADER} header: ${(error as Error).message}`)
  }
}
