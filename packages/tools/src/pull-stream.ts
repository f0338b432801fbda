import { invalidRequest } from '@orsdk/transport/protocol'

/**
 * An async iterable over a generator that runs only as the consumer pulls, with a final result:
 * iterate it, or ask for the result (which reads the rest), or both in that order. One reader
 * only; `abort()` stops it through the signal the generator was given.
 */
export class PullStream<Event, Final> implements AsyncIterable<Event> {
  readonly #name: string
  readonly #generator: AsyncGenerator<Event, Final>
  readonly #controller: AbortController
  #iterated = false
  #stopped = false
  #final: Promise<Final> | undefined
  #done: { value: Final } | undefined

  /** @param start builds the generator, given the signal that `abort()` (or the caller's signal) fires. */
  constructor(
    name: string,
    start: (signal: AbortSignal) => AsyncGenerator<Event, Final>,
    signal?: AbortSignal,
  ) {
    this.#name = name
    this.#controller = new AbortController()
    const combined =
      signal === undefined ? this.#controller.signal : AbortSignal.any([signal, this.#controller.signal])
    this.#generator = start(combined)
  }

  [Symbol.asyncIterator](): AsyncIterator<Event> {
    if (this.#iterated || this.#final !== undefined)
      throw invalidRequest(`${this.#name}: already consumed; iterate it once, then ask for its result`)
    this.#iterated = true
    return {
      next: async () => {
        const next = await this.#generator.next()
        if (!next.done) return next
        this.#done = { value: next.value }
        return { done: true, value: undefined }
      },
      return: async () => {
        // Stopping early stops the work under it: the model call, the tools.
        this.#stopped = true
        this.abort()
        await this.#generator.return(undefined as never).catch(() => {})
        return { done: true, value: undefined }
      },
    }
  }

  /** Stops the work: a pending or later read rejects with an `AbortError`. */
  abort(reason: unknown = new DOMException('The stream was aborted', 'AbortError')): void {
    this.#controller.abort(reason)
  }

  /** Reads what is left and resolves with the result; the same promise on every call. */
  protected result(): Promise<Final> {
    this.#final ??= this.#drain()
    return this.#final
  }

  async #drain(): Promise<Final> {
    if (this.#done !== undefined) return this.#done.value
    if (this.#stopped) throw this.#controller.signal.reason
    for (;;) {
      const next = await this.#generator.next()
      if (next.done) return next.value
    }
  }
}
