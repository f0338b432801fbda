import type { Exchange } from '../exchange'
import { type ScriptedEvent, sendScriptedStream } from '../scripted-stream'
import type { ChatAnswer } from './chat-answer'
import { type ChunkFactory, chatChunkEvents, createChunkFactory } from './chat-chunks'
import { buildChatUsage } from './chat-usage'

function* counted(events: Iterable<string>): Generator<ScriptedEvent> {
  for (const text of events) yield { text, counted: true }
}

/** The usage chunk and `[DONE]` after the last data chunk, as the scenario leaves them in. */
function ending(exchange: Exchange, answer: ChatAnswer, factory: ChunkFactory): string {
  const { scenario } = exchange
  const text = answer.audio?.transcript ?? answer.text
  const usage = scenario.noUsage === true ? '' : factory.usage(buildChatUsage(answer, text))
  return scenario.noDone === true ? usage : `${usage}data: [DONE]\n\n`
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
  const factory = createChunkFactory(id, answer.model, created)
  return sendScriptedStream(exchange, {
    events: counted(chatChunkEvents(answer, factory, exchange.scenario.chunks ?? 4)),
    error: () => factory.error(exchange.scenario.errorCode ?? 502),
    end: () => ending(exchange, answer, factory),
  })
}
