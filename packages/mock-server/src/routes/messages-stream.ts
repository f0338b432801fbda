import { buildAnthropicErrorBody } from '../anthropic-errors'
import type { Exchange } from '../exchange'
import { writeHead } from '../respond'
import { type ChunkWriter, createChunkWriter, KEEP_ALIVE } from '../sse-writer'
import { sleep, waitForAbort } from '../timing'
import { SSE_HEADERS } from './chat-stream'
import type { MessagesAnswer } from './messages-answer'
import { buildMessageEvents, encodeMessagesEvent } from './messages-events'

async function stall(exchange: Exchange, writer: ChunkWriter): Promise<void> {
  const every = exchange.scenario.keepAliveDuringStall ?? 0
  const timer = every > 0 ? setInterval(() => void writer.write(KEEP_ALIVE), every) : undefined
  try {
    await waitForAbort(exchange.signal)
  } finally {
    clearInterval(timer)
  }
}

/** The in-band error Anthropic sends mid-stream: `event: error` with the envelope (no request_id). */
function errorEvent(code: number | string): string {
  const { type, error } = buildAnthropicErrorBody(code)
  return `event: error\ndata: ${JSON.stringify({ type, error })}\n\n`
}

/**
 * Streams a /messages answer as Anthropic-style SSE, applying the scenario. "After N" counts
 * events other than `ping`, from `message_start`; `noDone` leaves out `message_stop`.
 */
export async function streamMessages(exchange: Exchange, answer: MessagesAnswer, id: string): Promise<void> {
  const { scenario, signal, request } = exchange
  writeHead(exchange, 200, SSE_HEADERS)
  const writer = createChunkWriter(exchange.response, signal, scenario.splitBytes)
  const keepAlive = KEEP_ALIVE.repeat(scenario.keepAlive ?? 0)
  const delay = scenario.chunkDelayMs ?? 0
  let events = buildMessageEvents(answer, id, scenario.chunks ?? 4)
  if (scenario.noDone === true) events = events.filter((event) => event.name !== 'message_stop')
  const limits = [scenario.errorAfter, scenario.resetAfter, scenario.stallAfter]
  let batch = keepAlive
  let sent = 0

  const flush = async (): Promise<boolean> => {
    const text = batch
    batch = ''
    return writer.write(text)
  }
  const reached = (limit: number | undefined, atEnd: boolean) =>
    limit !== undefined && (limit === sent || (atEnd && limit > sent))

  // Returns true when the stream ended early (error event, reset or stall).
  const interrupt = async (atEnd: boolean): Promise<boolean> => {
    if (reached(scenario.errorAfter, atEnd)) {
      batch += errorEvent(scenario.errorCode ?? 529)
      if (await flush()) writer.end()
      return true
    }
    if (reached(scenario.resetAfter, atEnd)) {
      const text = batch
      batch = ''
      await writer.writeFlushed(text)
      request.socket.destroy()
      return true
    }
    if (reached(scenario.stallAfter, atEnd)) {
      if (await flush()) await stall(exchange, writer)
      return true
    }
    return false
  }

  for (const event of events) {
    const counted = event.name !== 'ping'
    if (counted && limits.some((limit) => limit !== undefined) && (await interrupt(false))) return
    if (sent > 0) batch += keepAlive
    batch += encodeMessagesEvent(event)
    if (!counted) continue
    sent++
    if (delay > 0 && (!(await flush()) || !(await sleep(delay, signal)))) return
  }
  if (await interrupt(true)) return
  if (await flush()) writer.end()
}
