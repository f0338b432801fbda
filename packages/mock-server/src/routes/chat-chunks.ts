import { splitBase64 } from '../audio-sample'
import { errorMessageFor, errorTypeFor } from '../errors'
import type { ChatAnswer, EmulatedToolCall } from './chat-answer'
import type { ChatUsage } from './chat-usage'
import { splitText } from './split-text'

/** The provider name the emulator reports everywhere. */
export const PROVIDER_NAME = 'EmulatorProvider'
/** The system fingerprint the emulator reports. */
export const SYSTEM_FINGERPRINT = 'fp_emulator'

/** Builds complete SSE events (`data: <json>\n\n`) for one stream, from string templates (fast for long streams). */
export interface ChunkFactory {
  /** A chunk whose single choice carries `deltaJson` (already serialized). */
  delta(deltaJson: string, finishReason: string | null): string
  /** The final usage chunk, with `choices: []`. */
  usage(usage: ChatUsage): string
  /** An in-band error chunk: top-level `error` and `finish_reason: 'error'`. */
  error(code: number | string): string
}

/** Creates the {@link ChunkFactory} of one generation. */
export function createChunkFactory(id: string, model: string, created: number): ChunkFactory {
  const head = `data: {"id":${JSON.stringify(id)},"provider":"${PROVIDER_NAME}","model":${JSON.stringify(model)},"object":"chat.completion.chunk","created":${created},`
  const tail = `,"system_fingerprint":"${SYSTEM_FINGERPRINT}"}\n\n`
  return {
    delta(deltaJson, finishReason) {
      const reason = finishReason === null ? 'null' : `"${finishReason}"`
      return `${head}"choices":[{"index":0,"delta":${deltaJson},"finish_reason":${reason},"native_finish_reason":${reason},"logprobs":null}]${tail}`
    },
    usage(usage) {
      return `${head}"choices":[],"usage":${JSON.stringify(usage)}${tail}`
    },
    error(code) {
      const error = { code, message: errorMessageFor(code), metadata: { error_type: errorTypeFor(code) } }
      const choice =
        '[{"index":0,"delta":{"content":""},"finish_reason":"error","native_finish_reason":"error"}]'
      return `${head}"error":${JSON.stringify(error)},"choices":${choice}${tail}`
    },
  }
}

function reasoningDeltas(reasoning: NonNullable<ChatAnswer['reasoning']>): string[] {
  const pieces = splitText(reasoning.text, 3)
  return pieces.map((text, index) => {
    const detail = {
      type: 'reasoning.text',
      text,
      ...(index === pieces.length - 1 ? { signature: reasoning.signature } : {}),
      format: 'anthropic-claude-v1',
      index: 0,
    }
    return JSON.stringify({ role: 'assistant', content: '', reasoning: text, reasoning_details: [detail] })
  })
}

function* toolCallEvents(
  calls: EmulatedToolCall[],
  factory: ChunkFactory,
  chunks: number,
): Generator<string> {
  for (const [index, toolCall] of calls.entries()) {
    const call = {
      index,
      id: toolCall.id,
      type: 'function',
      function: { name: toolCall.name, arguments: '' },
    }
    yield factory.delta(JSON.stringify({ role: 'assistant', content: '', tool_calls: [call] }), null)
    const pieces = splitText(toolCall.arguments, Math.max(1, chunks - 1))
    for (const [position, piece] of pieces.entries()) {
      const delta = {
        role: 'assistant',
        content: '',
        tool_calls: [{ index, function: { arguments: piece } }],
      }
      const last = index === calls.length - 1 && position === pieces.length - 1
      yield factory.delta(JSON.stringify(delta), last ? 'tool_calls' : null)
    }
  }
}

/** Content deltas; the answer's citations ride on the last ones, one each, as `delta.annotations`. */
function* textEvents(answer: ChatAnswer, factory: ChunkFactory, chunks: number): Generator<string> {
  const pieces = splitText(answer.text, chunks)
  const last = pieces.length - 1
  const citations = answer.citations ?? []
  const firstCited = Math.max(0, pieces.length - citations.length)
  for (let index = 0; index <= last; index++) {
    const annotations =
      index < firstCited
        ? []
        : citations.slice(index - firstCited, index === last ? undefined : index - firstCited + 1)
    const extra = annotations.length > 0 ? `,"annotations":${JSON.stringify(annotations)}` : ''
    yield factory.delta(
      `{"role":"assistant","content":${JSON.stringify(pieces[index])}${extra}}`,
      index === last ? 'stop' : null,
    )
  }
}

function* answerEvents(answer: ChatAnswer, factory: ChunkFactory, chunks: number): Generator<string> {
  const { toolCalls, audio } = answer
  if (toolCalls !== undefined) {
    yield* toolCallEvents(toolCalls, factory, chunks)
    return
  }
  if (audio !== undefined) {
    const pieces = splitBase64(audio.data, chunks)
    const transcripts = splitText(audio.transcript, pieces.length)
    for (const [index, data] of pieces.entries()) {
      const delta = { role: 'assistant', audio: { id: audio.id, data, transcript: transcripts[index] ?? '' } }
      yield factory.delta(JSON.stringify(delta), index === pieces.length - 1 ? 'stop' : null)
    }
    return
  }
  yield* textEvents(answer, factory, chunks)
}

/** Yields every data event of an answer before the usage chunk: reasoning deltas first, then content. */
export function* chatChunkEvents(
  answer: ChatAnswer,
  factory: ChunkFactory,
  chunks: number,
): Generator<string> {
  if (answer.reasoning !== undefined) {
    for (const delta of reasoningDeltas(answer.reasoning)) yield factory.delta(delta, null)
  }
  yield* answerEvents(answer, factory, chunks)
}
