import type { Scenario } from '@orsdk/mock-server'
import type { ErrorKind } from '@orsdk/transport'

/** The calls the chaos suite mixes. */
export type Operation = 'chat' | 'chat.stream' | 'messages.stream' | 'embeddings' | 'speak'
export const STREAMS: readonly Operation[] = ['chat.stream', 'messages.stream', 'speak']

/** What a call can come to. */
export type Outcome = 'ok' | 'broke-early' | ErrorKind | 'other-error' | 'hang'

/** The faults the emulator injects, each with the outcome it must produce. */
export type Fault =
  | 'clean'
  | 'break-early'
  | 'reset-before-headers'
  | 'slow-headers'
  | 'reset-mid-stream'
  | 'stall'
  | 'truncated-json'
  | 'html-502'
  | 'in-band-error'
  | 'rate-limit'
  | 'server-5xx'

/** The timers (headersMs, idleMs, eventIdleMs) of a call whose fault must end in a timeout. */
export const CALL_TIMEOUT_MS = 600
/**
 * The timers of every other call. Long, so that on a loaded CI machine (turbo runs other
 * packages' suites beside this one) a slow but healthy answer is not mistaken for a timeout;
 * such a call must still settle by itself, well within {@link SETTLE_BOUND_MS}.
 */
export const RELAXED_TIMEOUT_MS = 20_000
/** How late past its timer a timeout may fire on two loaded cores before it counts as late. */
export const SLACK_MS = 5000
/**
 * The bound of a call that must not need a timer at all: below `RELAXED_TIMEOUT_MS`, so a call
 * that hangs is still caught by its timers (as an unexpected `timeout`), with room for two cores
 * loaded past their count (calls took up to 11 s there).
 */
export const SETTLE_BOUND_MS = 15_000

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1>cloudflare</body></html>'
const IN_BAND_CODES = [402, 429, 500, 502, 503, 529] as const
const SERVER_STATUSES = [500, 502, 503, 529] as const
const kindOfCode: Record<number, ErrorKind> = { 402: 'payment_required', 429: 'rate_limit' }

/** One planned call: the fault, the scenario that injects it, and what must come out. */
export interface PlannedCall {
  operation: Operation
  fault: Fault
  scenario: Scenario | undefined
  expected: Outcome
  /** Set for 429s: the `retryAfterMs` the error must carry. */
  retryAfterMs?: number
  /** Its headersMs, idleMs and eventIdleMs. */
  timeoutMs: number
  /** How long the call may take at most (its own timer plus slack). */
  boundMs: number
}

/** The faults that apply to an operation: buffered calls cannot be reset or broken mid-stream. */
export function faultsFor(operation: Operation): Fault[] {
  const common: Fault[] = [
    'clean',
    'reset-before-headers',
    'slow-headers',
    'stall',
    'truncated-json',
    'html-502',
    'rate-limit',
    'server-5xx',
  ]
  if (operation === 'embeddings') return common
  if (operation === 'chat') return [...common, 'in-band-error']
  if (operation === 'speak') return [...common, 'in-band-error', 'reset-mid-stream']
  return [...common, 'in-band-error', 'reset-mid-stream', 'break-early']
}

/** Builds the scenario and the expectation of one call from random draws. */
export function planCall(
  operation: Operation,
  fault: Fault,
  random: { int(max: number): number },
): PlannedCall {
  const timed = { timeoutMs: CALL_TIMEOUT_MS, boundMs: CALL_TIMEOUT_MS + SLACK_MS }
  const base = { operation, fault, timeoutMs: RELAXED_TIMEOUT_MS, boundMs: SETTLE_BOUND_MS }
  const streamed = STREAMS.includes(operation)
  switch (fault) {
    case 'clean':
      return { ...base, scenario: streamed ? { chunks: 2 + random.int(6) } : undefined, expected: 'ok' }
    case 'break-early':
      return { ...base, scenario: { chunks: 8 }, expected: 'broke-early' }
    case 'reset-before-headers':
      return { ...base, scenario: { resetBeforeHeaders: true }, expected: 'transport' }
    case 'slow-headers':
      return { ...base, ...timed, scenario: { headersDelayMs: RELAXED_TIMEOUT_MS }, expected: 'timeout' }
    case 'reset-mid-stream':
      return {
        ...base,
        scenario: { chunks: 6, resetAfter: 1 + random.int(4) },
        expected: 'stream_disconnect',
      }
    case 'stall':
      // Buffered: the body stops after its first bytes (idleMs); streams: after some events (eventIdleMs).
      return {
        ...base,
        ...timed,
        scenario: streamed
          ? { chunks: 6, stallAfter: 1 + random.int(4) }
          : { raw: ['{"id":"chaos-stall",', '"choices":[]}'], chunkDelayMs: RELAXED_TIMEOUT_MS },
        expected: 'timeout',
      }
    case 'truncated-json':
      return { ...base, scenario: { status: 200, body: '{"truncated' }, expected: 'decode' }
    case 'html-502':
      return { ...base, scenario: { status: 502, body: HTML_PAGE }, expected: 'server' }
    case 'in-band-error': {
      const code = IN_BAND_CODES[random.int(IN_BAND_CODES.length)] ?? 502
      return {
        ...base,
        scenario: { chunks: 6, errorAfter: 1 + random.int(4), errorCode: code },
        expected: kindOfCode[code] ?? 'server',
      }
    }
    case 'rate-limit': {
      const seconds = 1 + random.int(120)
      return {
        ...base,
        scenario: { status: 429, retryAfter: seconds },
        expected: 'rate_limit',
        retryAfterMs: seconds * 1000,
      }
    }
    case 'server-5xx':
      return {
        ...base,
        scenario: { status: SERVER_STATUSES[random.int(SERVER_STATUSES.length)] ?? 500 },
        expected: 'server',
      }
  }
}
