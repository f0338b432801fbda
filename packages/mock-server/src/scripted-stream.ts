import type { Exchange } from './exchange'
import { writeHead } from './respond'
import { type ChunkWriter, createChunkWriter, KEEP_ALIVE } from './sse-writer'
import { sleep, waitForAbort } from './timing'

/** The headers of an OpenRouter SSE response. */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
}

/** Events per `write` when unpaced: large writes keep the emulator from being a benchmark's bottleneck. */
const EVENTS_PER_WRITE = 64

/** One SSE event of a stream, encoded; `counted` events move the scenario's "after N" counters. */
export interface ScriptedEvent {
  text: string
  counted: boolean
}

/** What a route streams; the scenario decides where it stops. */
export interface StreamScript {
  events: Iterable<ScriptedEvent>
  /** The in-band error `errorAfter` sends, after which the stream ends. */
  error: () => string
  /** Written after the last event when the stream ran to its end (a usage chunk, `[DONE]`). */
  end: () => string
}

async function stall(exchange: Exchange, writer: ChunkWriter): Promise<void> {
  const every = exchange.scenario.keepAliveDuringStall ?? 0
  const timer = every > 0 ? setInterval(() => void writer.write(KEEP_ALIVE), every) : undefined
  try {
    await waitForAbort(exchange.signal)
  } finally {
    clearInterval(timer)
  }
}

const reached = (limit: number | undefined, sent: number, atEnd: boolean) =>
  limit !== undefined && (limit === sent || (atEnd && limit > sent))

/**
 * Streams `script` as SSE, applying the scenario the same way on every route: `keepAlive`
 * comments, `chunkDelayMs` between counted events, and after N counted events `errorAfter`
 * (the in-band error), `resetAfter` (a destroyed socket) or `stallAfter` (silence until the
 * client leaves); an N beyond the last applies just before `end`. Resolves with the number of
 * counted events written.
 */
export async function sendScriptedStream(exchange: Exchange, script: StreamScript): Promise<number> {
  const { scenario, signal, request } = exchange
  writeHead(exchange, 200, SSE_HEADERS)
  const writer = createChunkWriter(exchange.response, signal, scenario.splitBytes)
  const keepAlive = KEEP_ALIVE.repeat(scenario.keepAlive ?? 0)
  const delay = scenario.chunkDelayMs ?? 0
  const limited = [scenario.errorAfter, scenario.resetAfter, scenario.stallAfter].some(
    (limit) => limit !== undefined,
  )
  let batch = keepAlive
  let pending = 0
  let sent = 0

  const flush = async (): Promise<boolean> => {
    const text = batch
    batch = ''
    pending = 0
    return writer.write(text)
  }

  // Returns true when the stream ended early (error event, reset or stall).
  const interrupt = async (atEnd: boolean): Promise<boolean> => {
    if (reached(scenario.errorAfter, sent, atEnd)) {
      batch += script.error()
      if (await flush()) writer.end()
      return true
    }
    if (reached(scenario.resetAfter, sent, atEnd)) {
      const text = batch
      batch = ''
      await writer.writeFlushed(text)
      request.socket.destroy()
      return true
    }
    if (reached(scenario.stallAfter, sent, atEnd)) {
      if (await flush()) await stall(exchange, writer)
      return true
    }
    return false
  }

  for (const event of script.events) {
    if (event.counted && limited && (await interrupt(false))) return sent
    if (sent > 0) batch += keepAlive
    batch += event.text
    pending++
    if (!event.counted) continue
    sent++
    if (delay > 0) {
      if (!(await flush()) || !(await sleep(delay, signal))) return sent
    } else if (pending >= EVENTS_PER_WRITE && !(await flush())) {
      return sent
    }
  }
  if (await interrupt(true)) return sent
  batch += script.end()
  if (await flush()) writer.end()
  return sent
}
