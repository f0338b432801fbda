import { errorFromResponse } from '../errors/map-error.js'
import type { ResponseBody } from '../options.js'
import { readAll } from '../read-all.js'

/** A `ResponseBody` over a web `ReadableStream`: the receiving side of a forwarded stream. */
export function bodyFromReadableStream(readable: ReadableStream<Uint8Array>): ResponseBody {
  const reader = readable.getReader()
  const body: ResponseBody = {
    async *[Symbol.asyncIterator]() {
      let done = false
      try {
        while (true) {
          const next = await reader.read()
          if (next.done) break
          yield next.value
        }
        done = true
      } finally {
        if (!done) reader.cancel().catch(() => {})
      }
    },
    text: async () => new TextDecoder().decode(await body.bytes()),
    bytes: () => readAll(body),
    cancel(reason) {
      reader.cancel(reason).catch(() => {})
    },
  }
  return body
}

/**
 * A `ResponseBody` over a fetch `Response` from a service that forwards a stream. A non-2xx
 * response rejects the first read with the mapped `OpenRouterError`.
 */
export function bodyFromResponse(response: Response): ResponseBody {
  if (response.ok && response.body !== null) return bodyFromReadableStream(response.body)
  const fail = async (): Promise<never> => {
    throw errorFromResponse(await response.text(), { status: response.status, headers: response.headers })
  }
  return {
    // biome-ignore lint/correctness/useYield: the first read rejects with the mapped error
    async *[Symbol.asyncIterator]() {
      await fail()
    },
    text: fail,
    bytes: fail,
    cancel() {
      response.body?.cancel().catch(() => {})
    },
  }
}
