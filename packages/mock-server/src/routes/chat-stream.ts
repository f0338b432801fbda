import type { Exchange } from '../exchange'
import { writeHead } from '../respond'
import { type ChunkWriter, createChunkWriter, KEEP_ALIVE } from '../sse-writer'
import { sleep, waitForAbort } from '../timing'
import type { ChatAnswer } from './chat-answer'
import { chatChunkEvents, createChunkFactory } from './chat-chunks'
import { buildChatUsage } from './chat-usage'

/** Events per `write` when unpaced: large writes keep the emulator from being a benchmark's bottleneck. */
const EVENTS_PER_WRITE = 64

/** The headers of an OpenRouter SSE response. */
export const SSE_HEADERS = {
  'content-type': 'text/event-stream',
  'cache-control': 'no-cache',
  connection: 'keep-alive',
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

function reached(limit: number | undefined, sent: number, atEnd: boolean): boolean {
  return limit !== undefined && (limit === sent || (atEnd && limit > sent))
}

/**
 * Streams a chat answer as OpenRouter does, applying the stream fields of the scenario.
 * Resolves with the number of data chunks written, for the generation record of a cut stream.
 */
export async function streamChat(
  exchange: Exchange,
  answer: ChatAnswer,
  id: string,
  created: number,
): Promise<number> {
  const { scenario, signal, request } = exchange
  writeHead(exchange, 200, SSE_HEADERS)
  const writer = createChunkWriter(exchange.response, signal, scenario.splitBytes)
  const factory = createChunkFactory(id, answer.model, created)
  const keepAlive = KEEP_ALIVE.repeat(scenario.keepAlive ?? 0)
  const delay = scenario.chunkDelayMs ?? 0
  let batch = keepAlive
  let pending = 0
  let sent = 0

  const flush = async (): Promise<boolean> => {
    const text = batch
    batch = ''
    pending = 0
    return writer.write(text)
  }

  // Returns true when the stream ended early (error chunk, reset or stall).
  const interrupt = async (atEnd: boolean): Promise<boolean> => {
    if (reached(scenario.errorAfter, sent, atEnd)) {
      batch += factory.error(scenario.errorCode ?? 502)
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

  for (const event of chatChunkEvents(answer, factory, scenario.chunks ?? 4)) {
    if (await interrupt(false)) return sent
    if (sent > 0) batch += keepAlive
    batch += event
    sent++
    pending++
    if (delay > 0) {
      if (!(await flush()) || !(await sleep(delay, signal))) return sent
    } else if (pending >= EVENTS_PER_WRITE && !(await flush())) {
      return sent
    }
  }
  if (await interrupt(true)) return sent
  const text = answer.audio?.transcript ?? answer.text
  if (scenario.noUsage !== true) batch += factory.usage(buildChatUsage(answer, text))
  if (scenario.noDone !== true) batch += 'data: [DONE]\n\n'
  if (await flush()) writer.end()
  return sent
}
