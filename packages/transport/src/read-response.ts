import type { Attempt } from './attempt.js'
import type { EngineResponse } from './engine.js'
import { decodeError, type ErrorContext } from './errors/factories.js'
import { errorFromBody } from './errors/map-error.js'
import { redactThrown } from './errors/redact.js'
import type { RequestSpec, ResponseBody, Timeouts, TransportResponse } from './options.js'
import { bodyFromReadableStream } from './stream/stream-body.js'
import { passThrough, sealStreamSource } from './stream/stream-source.js'

/** What a reader gets: the 2xx response, and what the call knows. */
export interface ReadContext {
  response: EngineResponse
  where: ErrorContext & { status: number; headers: Headers }
  spec: RequestSpec
  attempt: Attempt
  apiKey: string | undefined
  timeouts: Required<Omit<Timeouts, 'totalMs'>> & Pick<Timeouts, 'totalMs'>
}

/**
 * How one kind of request reads its 2xx answer. Each request function (`requestJson`,
 * `requestStream`, ...) brings its own, so a bundle carries the readers of the calls it makes.
 */
export interface ResponseReader {
  /** Whether the body is read as a stream (a cut body is `stream_disconnect`, not `transport`). */
  stream: boolean
  /** Whether the whole body is read before the call resolves (then `totalMs` bounds it). */
  buffered: boolean
  /**
   * Reads the body. Resolves with `keep: true` when the body outlives the call (a stream, a
   * download): the attempt then ends with the body, not with the call.
   */
  read(context: ReadContext): Promise<{ response: TransportResponse; keep?: boolean }>
}

const isJsonType = (headers: Headers) => headers.get('content-type')?.includes('json') === true

/** The JSON of a 2xx body, rejecting one that carries `error` unless the spec says it is data. */
async function readJson({ response, where, spec }: ReadContext): Promise<{ text: string; data: unknown }> {
  const text = await response.body.text()
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw decodeError('OpenRouter response could not be read: the body is not valid JSON', text, where, error)
  }
  if (
    spec.rejectErrorBody !== false &&
    typeof data === 'object' &&
    data !== null &&
    'error' in data &&
    data.error
  )
    throw errorFromBody(data, where)
  return { text, data }
}

const unexpectedJson = (expected: string, text: string, where: ErrorContext) =>
  decodeError(`OpenRouter response could not be read: expected ${expected}, got JSON`, text, where)

const start = ({ where }: ReadContext) => ({
  status: where.status,
  headers: where.headers,
  generationId: where.generationId,
})

/** A buffered JSON answer. */
export const jsonReader: ResponseReader = {
  stream: false,
  buffered: true,
  async read(context) {
    return { response: { type: 'json', ...start(context), data: (await readJson(context)).data } }
  },
}

/** Binary data read whole (audio); a JSON answer is an error or a decode failure. */
export const bytesReader: ResponseReader = {
  stream: false,
  buffered: true,
  async read(context) {
    if (isJsonType(context.where.headers))
      throw unexpectedJson('binary data', (await readJson(context)).text, context.where)
    const data = await context.attempt.bind(context.response.body).bytes()
    return { response: { type: 'bytes', ...start(context), data } }
  },
}

/**
 * A download as a web stream. A JSON answer is read (it may carry `error`) and handed on as the
 * file it is; with `rejectErrorBody: false` any type is streamed as it is, never parsed.
 */
export const bodyReader: ResponseReader = {
  stream: false,
  buffered: false,
  async read(context) {
    const { where, spec, attempt, response } = context
    if (isJsonType(where.headers) && spec.rejectErrorBody !== false) {
      const { text } = await readJson(context)
      return { response: { type: 'body', ...start(context), body: new Blob([text]).stream() } }
    }
    return {
      response: { type: 'body', ...start(context), body: toReadable(attempt.bind(response.body)) },
      keep: true,
    }
  },
}

/**
 * An event stream, bound to the call's stall timer and key redaction. With `acceptJson`, a model
 * that ignored `stream: true` and answered with one JSON body is a stream of that one event.
 */
function sseReader(acceptJson: boolean): ResponseReader {
  return {
    stream: true,
    buffered: false,
    async read(context) {
      const { where, attempt, response, apiKey, timeouts } = context
      if (isJsonType(where.headers)) {
        const { text } = await readJson(context)
        if (!acceptJson) throw unexpectedJson('an event stream', text, where)
        // Valid JSON holds CR and LF only as whitespace, so the text is one event's data as it is.
        const data = text.replace(/[\r\n]+/g, ' ')
        const body = bodyFromReadableStream(new Blob([`data: ${data}\n\ndata: [DONE]\n\n`]).stream())
        const source = sealStreamSource({
          ...start(context),
          body,
          eventIdleMs: Number.POSITIVE_INFINITY,
          redact: passThrough,
        })
        return { response: { type: 'sse', ...start(context), source } }
      }
      const redact = (error: unknown) => redactThrown(error, apiKey)
      const body = attempt.bind(response.body)
      const source = sealStreamSource({ ...start(context), body, eventIdleMs: timeouts.eventIdleMs, redact })
      return { response: { type: 'sse', ...start(context), source }, keep: true }
    },
  }
}

/** A web stream over an engine body: read as the consumer pulls, released on cancel. */
function toReadable(body: ResponseBody): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    },
    cancel(reason) {
      body.cancel(reason)
      return chunks.return?.(undefined).then(() => undefined)
    },
  })
}

/** An event stream; a JSON answer is an error or a decode failure. */
export const streamReader: ResponseReader = /* @__PURE__ */ sseReader(false)

/** An event stream, or one JSON answer read as a stream of that one event. */
export const streamOrJsonReader: ResponseReader = /* @__PURE__ */ sseReader(true)
