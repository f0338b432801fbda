// A test-only capability, written exactly as CONTRIBUTING's walkthrough says a new streaming
// endpoint is written: params schema, protocol, stream class, call. Under 60 lines is the point.
import * as v from 'valibot'
import {
  checkStreamParams,
  EventStream,
  jsonSseProtocol,
  nonEmptyString,
  numberRange,
  requestStream,
  STREAM_SKIP,
  type StreamOptions,
  type StreamSource,
  splitStreamOptions,
} from '../../src/protocol.js'

/** Params: a prompt and a temperature; everything else passes through. */
export const TextParamsSchema = v.looseObject({
  model: nonEmptyString(),
  prompt: nonEmptyString(),
  temperature: numberRange(0, 2),
})
export type TextParams = v.InferOutput<typeof TextParamsSchema>

interface Chunk {
  choices?: { delta?: { content?: string | null } }[]
}

/** Items are the text pieces of the chat stream; the result is the whole text. */
const protocol = jsonSseProtocol<string, string>({
  name: 'text stream',
  read: (data) => (data as Chunk).choices?.[0]?.delta?.content ?? STREAM_SKIP,
  write: (piece) => ({ choices: [{ delta: { content: piece } }] }),
  accumulate: () => {
    const parts: string[] = []
    return { add: (piece) => parts.push(piece), result: () => parts.join('') }
  },
})

/** A stream of text pieces, with `finalText()`. */
export class TextStream extends EventStream<string, string> {
  constructor(source: StreamSource, into?: StreamOptions<string, string>['into']) {
    super(source, protocol, into)
  }
  finalText(): Promise<string> {
    return this.final('finalText()')
  }
}

/** Streams the answer to one prompt as text pieces. */
export async function textStream(params: TextParams, options: StreamOptions<string, string> = {}) {
  checkStreamParams(TextParamsSchema, params, 'textStream')
  const { into, call } = splitStreamOptions(options, 'textStream')
  const { prompt, ...rest } = params
  const body = { ...rest, messages: [{ role: 'user', content: prompt }], stream: true }
  return new TextStream(
    await requestStream({ operation: 'text.stream', method: 'POST', path: '/chat/completions', body }, call),
    into,
  )
}
