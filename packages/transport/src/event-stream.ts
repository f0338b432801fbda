import { isOpenRouterError, OpenRouterError } from './openrouter-error.js'
import type { ResponseBody } from './options.js'
import { SseIterator, type StreamState } from './sse-iterator.js'
import type { StreamProtocol } from './stream-protocol.js'
import { timeoutError } from './transport-errors.js'

const passThrough = (error: unknown) => error

/** The start of a stream: what the response headers said. */
export interface StreamStart {
  status: number
  headers: Headers
  generationId?: string
  /** Bound between two data events; absent or Infinity for none. */
  eventIdleMs?: number
  /** Applied to every error the stream throws (removes the call's key). */
  redact?: (error: unknown) => unknown
}

/** Receives a stream pushed by `EventStream.pushTo`: items, then exactly one of `end` or `error`. */
export interface StreamSink<T> {
  item(item: T): void
  end(): void
  error(error: unknown): void
}

/**
 * A server-sent event stream as an async iterable that reads from the socket only as the
 * consumer pulls. It ends at the protocol's end marker, throws `OpenRouterError` on an
 * in-band error, on a body that ends early (`stream_disconnect`) and on a stall
 * (`eventIdleMs`), and releases the connection when the consumer stops early. It can be
 * consumed once: by iteration, `toReadableStream()` or a subclass's accumulator.
 */
export class EventStream<T> implements AsyncIterable<T> {
  readonly status: number
  readonly headers: Headers
  readonly generationId?: string
  readonly #body: ResponseBody
  readonly #protocol: StreamProtocol<T>
  readonly #eventIdleMs: number
  readonly #redact: (error: unknown) => unknown
  #consumedBy: string | undefined
  readonly #state: StreamState = { failure: undefined }

  constructor(body: ResponseBody, protocol: StreamProtocol<T>, start: StreamStart) {
    this.#body = body
    this.#protocol = protocol
    this.status = start.status
    this.headers = start.headers
    if (start.generationId !== undefined) this.generationId = start.generationId
    this.#eventIdleMs = start.eventIdleMs ?? Number.POSITIVE_INFINITY
    this.#redact = start.redact ?? passThrough
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    this.claim('iteration')
    return this.#iterate()
  }

  /** Stops the stream: a pending or later read rejects with an `AbortError`; the connection closes. */
  abort(reason: unknown = new DOMException('The stream was aborted', 'AbortError')): void {
    this.#fail(reason)
  }

  /**
   * The stream as SSE bytes, for `new Response(stream.toReadableStream())`. An error after
   * the start is written in-band, so `fromReadableStream` on the other side rethrows it.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    this.claim('toReadableStream()')
    const iterator = this.#iterate()
    const encoder = new TextEncoder()
    const protocol = this.#protocol
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await iterator.next()
          if (!next.done) return controller.enqueue(encoder.encode(protocol.encode(next.value)))
          if (protocol.end !== undefined) controller.enqueue(encoder.encode(protocol.end))
          controller.close()
        } catch (error) {
          if (!isOpenRouterError(error)) return controller.error(error)
          controller.enqueue(encoder.encode(protocol.encodeError(error)))
          controller.close()
        }
      },
      cancel: async (reason) => {
        this.#fail(reason)
        await iterator.return()
      },
    })
  }

  /** Marks the stream consumed by `how`; a second consumer gets a clear error. */
  protected claim(how: string): void {
    if (this.#consumedBy !== undefined) {
      throw new OpenRouterError(
        `${this.#protocol.name}: already consumed by ${this.#consumedBy}; a stream can be read once (iterate it, or call finalCompletion/finalMessage, toReadableStream, or pass into)`,
        { kind: 'invalid_request' },
      )
    }
    this.#consumedBy = how
  }

  /** Consumes the stream in the background, pushing to `sink`. Never rejects. */
  protected pushTo(sink: StreamSink<T>, how: string): void {
    this.claim(how)
    const run = async () => {
      try {
        for await (const item of this.#iterate()) sink.item(item)
      } catch (error) {
        this.#fail(error)
        return sink.error(error)
      }
      sink.end()
    }
    run().catch((error: unknown) => {
      // A throwing `end` or `error` handler is a bug in the caller's code: surface it like
      // a throwing event listener would, rather than as an unhandled rejection.
      setTimeout(() => {
        throw error
      })
    })
  }

  /** Iterates without claiming, for subclasses that already claimed. */
  protected items(): AsyncIterableIterator<T> {
    return this.#iterate()
  }

  #fail(reason: unknown): void {
    if (this.#state.failure === undefined) this.#state.failure = reason
    this.#body.cancel(reason)
  }

  #iterate(): SseIterator<T> {
    const eventIdleMs = this.#eventIdleMs
    return new SseIterator(
      this.#body,
      this.#protocol,
      this.#state,
      { ms: eventIdleMs, onIdle: () => this.#fail(timeoutError('eventIdleMs', eventIdleMs)) },
      { headers: this.headers, generationId: this.generationId },
      this.#redact,
    )
  }
}
