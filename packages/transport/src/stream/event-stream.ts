import { invalidRequest, timeoutError } from '../errors/factories.js'
import { isOpenRouterError } from '../errors/openrouter-error.js'
import type { CallOptions } from '../options.js'
import { SseIterator, type StreamState } from './sse-iterator.js'
import type { Accumulator, StreamProtocol } from './stream-protocol.js'
import {
  openStreamSource,
  type StreamSource,
  type StreamSourceParts,
  sourceFromReadableStream,
  sourceFromResponse,
} from './stream-source.js'

/**
 * What an `into` sink receives: every item, then exactly one terminal event, `complete` with
 * the final result or `error` (an `OpenRouterError` carrying the partial result in `partial`,
 * or the user's abort reason).
 */
export type StreamSinkEvent<Item, Final> =
  | { type: 'item'; item: Item }
  | { type: 'complete'; result: Final }
  | { type: 'error'; error: unknown }

/** The options of a streaming call: the call options, plus the push-style sink. */
export interface StreamOptions<Item, Final> extends CallOptions {
  /**
   * Push-style consumption for servers that forward events to a UI: receives every item, then
   * exactly one `complete` or `error` event. Stop it with `stream.abort()` or the `signal`; the
   * terminal event is then an `error`.
   */
  into?: (event: StreamSinkEvent<Item, Final>) => void
}

/**
 * Splits a streaming call's options into the sink and the call options, rejecting a sink that is
 * not a function before any I/O.
 *
 * @example
 * const { into, call } = splitStreamOptions(options, 'chatStream')
 */
export function splitStreamOptions<Item, Final>(
  options: StreamOptions<Item, Final>,
  operation: string,
): { into: StreamOptions<Item, Final>['into']; call: CallOptions } {
  const { into, ...call } = options
  if (into !== undefined && typeof into !== 'function')
    throw invalidRequest(`${operation}: options.into: must be a function`)
  return { into, call }
}

/**
 * A server-sent event stream and its result: an async iterable of `Item` that reads from the
 * socket only as the consumer pulls, and folds into a `Final` (the completion, the message, ...)
 * through its protocol's accumulator. It ends at the protocol's end marker; throws
 * `OpenRouterError` on an in-band error, on a body that ends early (`stream_disconnect`) and on
 * a stall (`timeout`, `eventIdleMs`); releases the connection when the consumer stops early.
 *
 * Consume it once, one way: iterate it, call `final()` (each capability names it:
 * `finalCompletion()`, `finalMessage()`, ...), forward it with `toReadableStream()`, or pass
 * `into`. A second consumer gets a clear `invalid_request` error.
 *
 * Capability packages subclass it with their protocol and a constructor of `(source, into?)`,
 * which `fromResponse` and `fromReadableStream` rely on.
 */
export class EventStream<Item, Final> implements AsyncIterable<Item> {
  readonly status: number
  readonly headers: Headers
  readonly generationId?: string
  readonly #parts: StreamSourceParts
  readonly #protocol: StreamProtocol<Item, Final>
  readonly #state: StreamState = { failure: undefined }
  #consumedBy: string | undefined
  #final: Promise<Final> | undefined

  constructor(
    source: StreamSource,
    protocol: StreamProtocol<Item, Final>,
    into?: (event: StreamSinkEvent<Item, Final>) => void,
  ) {
    this.#parts = openStreamSource(source)
    this.#protocol = protocol
    this.status = source.status
    this.headers = source.headers
    if (source.generationId !== undefined) this.generationId = source.generationId
    if (into !== undefined) this.#pushInto(into)
  }

  /**
   * Rebuilds a stream forwarded as SSE bytes (`toReadableStream()` on the sending side). An
   * error the sender wrote in-band is thrown again here.
   *
   * @example
   * const stream = ChatStream.fromReadableStream(response.body)
   * const completion = await stream.finalCompletion()
   */
  static fromReadableStream<S>(this: new (source: StreamSource) => S, body: ReadableStream<Uint8Array>): S {
    return new this(sourceFromReadableStream(body))
  }

  /**
   * Rebuilds a stream from a `fetch` response of a service that forwards one. A non-2xx response
   * rejects the first read with the mapped `OpenRouterError`.
   *
   * @example
   * const stream = ChatStream.fromResponse(await fetch('/api/chat', { method: 'POST', body }))
   * for await (const chunk of stream) render(chunk.choices[0]?.delta.content ?? '')
   */
  static fromResponse<S>(this: new (source: StreamSource) => S, response: Response): S {
    return new this(sourceFromResponse(response))
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    this.#claim('iteration')
    return this.#iterate()
  }

  /** Stops the stream: a pending or later read rejects with an `AbortError`; the connection closes. */
  abort(reason: unknown = new DOMException('The stream was aborted', 'AbortError')): void {
    this.#fail(reason)
  }

  /**
   * The stream as SSE bytes, for `new Response(stream.toReadableStream())`. An error after the
   * start is written in-band, so `fromReadableStream` on the other side rethrows it.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    this.#claim('toReadableStream()')
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

  /**
   * Reads the rest of the stream and resolves with the accumulated result. On an error the
   * rejection is the `OpenRouterError` with what was produced so far in `error.partial` (a user's
   * abort passes through as is). Calling it again returns the same promise.
   *
   * @param method the subclass's public name for it (`'finalCompletion()'`), for the error a
   * second consumer gets.
   */
  protected final(method = 'its final result'): Promise<Final> {
    if (this.#final !== undefined) return this.#final
    this.#claim(method)
    this.#final = this.#accumulate()
    return this.#final
  }

  async #accumulate(): Promise<Final> {
    const accumulator = this.#protocol.accumulate(this)
    try {
      for await (const item of this.#iterate()) accumulator.add(item)
    } catch (error) {
      // The partial result holds what the upstream sent: it is scrubbed like the rest.
      throw this.#parts.redact(withPartial(error, accumulator))
    }
    return accumulator.result()
  }

  #pushInto(into: (event: StreamSinkEvent<Item, Final>) => void): void {
    this.#claim('into')
    const accumulator = this.#protocol.accumulate(this)
    const run = async () => {
      let result: Final
      try {
        for await (const item of this.#iterate()) {
          accumulator.add(item)
          into({ type: 'item', item })
        }
        result = accumulator.result()
      } catch (error) {
        this.#fail(error)
        return into({ type: 'error', error: this.#parts.redact(withPartial(error, accumulator)) })
      }
      into({ type: 'complete', result })
    }
    run().catch((error: unknown) => {
      // A throwing sink is a bug in the caller's code: surface it like a throwing event
      // listener would, rather than as an unhandled rejection.
      setTimeout(() => {
        throw error
      })
    })
  }

  #claim(how: string): void {
    if (this.#consumedBy !== undefined) {
      throw invalidRequest(
        `${this.#protocol.name}: already consumed by ${this.#consumedBy}; a stream can be read once (iterate it, or call its final result, toReadableStream, or pass into)`,
      )
    }
    this.#consumedBy = how
  }

  #fail(reason: unknown): void {
    if (this.#state.failure === undefined) this.#state.failure = reason
    this.#parts.body.cancel(reason)
  }

  #iterate(): SseIterator<Item> {
    const { body, eventIdleMs, redact } = this.#parts
    // Errors thrown later in the stream name where it stood: status, headers, generation.
    const context = { status: this.status, headers: this.headers, generationId: this.generationId }
    const settle = (error: unknown) =>
      redact(
        isOpenRouterError(error) && (error.status === undefined || error.headers === undefined)
          ? error.with({
              status: error.status ?? context.status,
              headers: error.headers ?? context.headers,
              generationId: error.generationId ?? context.generationId,
            })
          : error,
      )
    return new SseIterator(
      body,
      this.#protocol,
      this.#state,
      { ms: eventIdleMs, onIdle: () => this.#fail(timeoutError('eventIdleMs', eventIdleMs)) },
      context,
      settle,
    )
  }
}

/** The error with the partial result attached; anything else (a user's abort) passes through. */
function withPartial<Final>(error: unknown, accumulator: Accumulator<unknown, Final>): unknown {
  if (!isOpenRouterError(error)) return error
  let partial: Final | undefined
  try {
    partial = accumulator.result()
  } catch {
    // Nothing coherent arrived before the failure (no message start): no partial then.
  }
  return partial === undefined ? error : error.with({ partial })
}
