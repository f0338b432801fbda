/**
 * Wraps Node's `fetch` (undici 6 and 7), which goes on pulling a streamed request body after an
 * abort, so that such a body stops being read when the call is aborted: an endless or slow
 * source (a file, a generator) would otherwise never be released. Node only, so worker and
 * browser bundles do not carry it.
 */
export function stopUploadsOnAbort(fetchImpl: typeof fetch): typeof fetch {
  return (input, init) => {
    const body = init?.body
    const signal = init?.signal
    if (!(body instanceof ReadableStream) || !signal) return fetchImpl(input, init)
    return fetchImpl(input, { ...init, body: stoppable(body, signal) })
  }
}

/** The body, read through a reader that is cancelled (freeing its source) when `signal` aborts. */
function stoppable(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  const stop = () => void reader.cancel(signal.reason).catch(ignore)
  signal.addEventListener('abort', stop, { once: true })
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await reader.read()
        if (!next.done) return controller.enqueue(next.value)
        signal.removeEventListener('abort', stop)
        controller.close()
      },
      cancel(reason) {
        signal.removeEventListener('abort', stop)
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
}

const ignore = () => {}
