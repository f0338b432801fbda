import { createParser } from 'eventsource-parser'
import { isOpenRouterError, OpenRouterError } from './openrouter-error.js'
import type { ResponseBody } from './options.js'
import { type SseMessage, STREAM_END, STREAM_SKIP, type StreamProtocol } from './stream-protocol.js'
import { timeoutError } from './transport-errors.js'
import { createWatchdog } from './watchdog.js'

const STREAMING = { stream: true }

/** The start of a stream: what the response headers said. */
export interface StreamStart {
  status: number
  headers: Headers
  generationId?: string
  /** Bound between two data events; absent or Infinity for none. */
  eventIdleMs?: number
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
  #consumedBy: string | undefined
  #failure: unknown

  constructor(body: ResponseBody, protocol: StreamProtocol<T>, start: StreamStart) {
    this.#body = body
    this.#protocol = protocol
    this.status = start.status
    this.headers = start.headers
    if (start.generationId !== undefined) this.generationId = start.generationId
    this.#eventIdleMs = start.eventIdleMs ?? Number.POSITIVE_INFINITY
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
        await iterator.return?.(undefined)
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
  protected items(): AsyncGenerator<T> {
    return this.#iterate()
  }

  #fail(reason: unknown): void {
    if (this.#failure === undefined) this.#failure = reason
    this.#body.cancel(reason)
  }

  async *#iterate(): AsyncGenerator<T> {
    const protocol = this.#protocol
    const messages: SseMessage[] = []
    const parser = createParser({ onEvent: (message) => messages.push(message) })
    const decoder = new TextDecoder()
    const watchdog = createWatchdog(this.#eventIdleMs, () =>
      this.#fail(timeoutError('eventIdleMs', this.#eventIdleMs)),
    )
    const source = this.#body[Symbol.asyncIterator]()
    try {
      for (let last = false; !last; messages.length = 0) {
        const next = await source.next()
        if (next.done) {
          if (this.#failure !== undefined) throw this.#failure
          // The parser holds a trailing CR back in case an LF follows; a final LF settles
          // it, so a stream with CR line ends still dispatches its last event.
          parser.feed(`${decoder.decode()}\n`)
          last = true
        } else {
          parser.feed(decoder.decode(next.value, STREAMING))
        }
        for (const message of messages) {
          const item = protocol.decode(message)
          if (item === STREAM_SKIP) continue
          if (item === STREAM_END) return
          // Time the consumer holds the item is not a stalled generation.
          watchdog.pause()
          yield item
          watchdog.resume()
          if (protocol.isLast?.(item)) return
        }
      }
      throw new OpenRouterError(`${protocol.name}: the body ended before the end of the stream`, {
        kind: 'stream_disconnect',
        retryable: true,
        generationId: this.generationId,
      })
    } catch (error) {
      throw this.#failure ?? error
    } finally {
      watchdog.stop()
      // Early return, a thrown error, or an end marker with bytes left: release the socket.
      this.#body.cancel()
      source.return?.(undefined)?.catch(ignore)
    }
  }
}

const ignore = () => {}
