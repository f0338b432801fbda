// A multipart/form-data body (RFC 7578) built as a web stream from its parts, so an upload is
// never held whole: a file's bytes go to the socket as the engine pulls them, as views of the
// caller's buffer or straight from its Blob or stream. `FormData` would do for small forms, but
// serializing one (the platform's `Response`, or fetch itself) may copy a large file first.

/** A text field of a form. */
export interface MultipartField {
  name: string
  value: string
}

/** A file part of a form: its bytes as a buffer, a `Blob` or a stream, read as the body is sent. */
export interface MultipartFile {
  name: string
  filename: string
  /** Default `application/octet-stream`. */
  contentType?: string
  data: Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>
}

export type MultipartPart = MultipartField | MultipartFile

/** The body to send and the `contentType` (with its boundary) to send it with. */
export interface MultipartBody {
  body: ReadableStream<Uint8Array>
  contentType: string
}

// Pieces of a buffer are handed on as views of this size: no copy, and each write to the socket
// stays small enough for backpressure to work.
const PIECE_BYTES = 64 * 1024

/**
 * Encodes form parts as a `multipart/form-data` stream. Pass `body` and `contentType` to a
 * request: the engines send it as it is read (a `ReadableStream` body is streamed), and cancelling
 * it (an abort) cancels the file stream being read. The stream can be sent once: a middleware that
 * calls `next` again cannot send it a second time.
 *
 * @example
 * const { body, contentType } = multipartBody([
 *   { name: 'purpose', value: 'user_data' },
 *   { name: 'file', filename: 'report.pdf', contentType: 'application/pdf', data: bytes },
 * ])
 * await requestJson({ operation: 'files.upload', method: 'POST', path: '/files', body, contentType }, options)
 */
export function multipartBody(parts: readonly MultipartPart[]): MultipartBody {
  const boundary = `----orsdk${randomHex(12)}`
  const encoder = new TextEncoder()
  const pending = [...parts]
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  let bytes: { data: Uint8Array; offset: number } | undefined
  let closed = false

  // Streams of parts not reached yet are cancelled too, so a file opened for one is released.
  const cancelAll = async (reason: unknown) => {
    await reader?.cancel(reason)
    await Promise.all(
      pending
        .splice(0)
        .map((part) =>
          'data' in part && part.data instanceof ReadableStream ? part.data.cancel(reason) : undefined,
        ),
    )
  }

  const startPart = (part: MultipartPart, controller: ReadableStreamDefaultController<Uint8Array>) => {
    if (!('data' in part)) {
      controller.enqueue(
        encoder.encode(`--${boundary}\r\n${disposition(part.name)}\r\n\r\n${part.value}\r\n`),
      )
      return
    }
    const type = part.contentType ?? 'application/octet-stream'
    controller.enqueue(
      encoder.encode(
        `--${boundary}\r\n${disposition(part.name, part.filename)}\r\nContent-Type: ${escapeLine(type)}\r\n\r\n`,
      ),
    )
    const { data } = part
    if (data instanceof ReadableStream) reader = data.getReader()
    else if (data instanceof Blob) reader = data.stream().getReader()
    else bytes = { data: data instanceof Uint8Array ? data : new Uint8Array(data), offset: 0 }
  }

  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (bytes !== undefined) {
            const { data, offset } = bytes
            const end = Math.min(offset + PIECE_BYTES, data.length)
            if (end > offset) controller.enqueue(data.subarray(offset, end))
            if (end < data.length) bytes.offset = end
            else {
              bytes = undefined
              controller.enqueue(encoder.encode('\r\n'))
            }
            return
          }
          if (reader !== undefined) {
            const next = await reader.read()
            if (!next.done) return controller.enqueue(next.value)
            reader = undefined
            return controller.enqueue(encoder.encode('\r\n'))
          }
          const part = pending.shift()
          if (part !== undefined) return startPart(part, controller)
          if (closed) return
          closed = true
          controller.enqueue(encoder.encode(`--${boundary}--\r\n`))
          controller.close()
        },
        cancel: cancelAll,
      },
      // Nothing is read ahead of what the engine asks for.
      { highWaterMark: 0 },
    ),
  }
}

/** `Content-Disposition` of a part, names quoted and escaped as browsers do for `FormData`. */
function disposition(name: string, filename?: string): string {
  const base = `Content-Disposition: form-data; name="${escapeQuoted(name)}"`
  return filename === undefined ? base : `${base}; filename="${escapeQuoted(filename)}"`
}

const escapeQuoted = (value: string) => value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22')
const escapeLine = (value: string) => value.replace(/[\r\n]/g, '')

function randomHex(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes))
  return Array.from(random, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
