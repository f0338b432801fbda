import { partHeaders } from './multipart'
/** One file part of a streamed multipart body: its bytes as the pieces they arrived in (never joined). */
export interface StreamedFilePart {
  name: string
  filename: string
  type: string
  size: number
  chunks: Buffer[]
}

/** A multipart body read as it arrives: text fields by name, file parts in order. */
export interface StreamedMultipart {
  fields: Record<string, string>
  files: StreamedFilePart[]
}

// A part's headers are short; anything longer is not a form this emulator should keep reading.
const MAX_HEADER_BYTES = 16 * 1024

/**
 * Parses a multipart/form-data body (RFC 7578) while it streams in, holding at most one network
 * chunk plus a delimiter's length of unparsed bytes: a 100 MB upload is kept once, as the chunks
 * of its file part, and never joined into one buffer here. Throws a `TypeError` for a body that
 * is not a well-formed form (no closing delimiter, oversized part headers).
 */
export async function parseMultipartStream(
  body: AsyncIterable<Buffer>,
  boundary: string,
): Promise<StreamedMultipart> {
  const result: StreamedMultipart = { fields: {}, files: [] }
  // Every delimiter is CRLF "--" boundary; the first one may open the body, so a CRLF is assumed before it.
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  let pending: Buffer = Buffer.from('\r\n')
  // Cast, so the checks after `advance()` (which moves it on) see every state.
  let state = 'preamble' as 'preamble' | 'delimiter' | 'headers' | 'content' | 'done'
  let part: { name: string; file?: StreamedFilePart; text: Buffer[] } | undefined

  const emit = (bytes: Buffer) => {
    if (part === undefined || bytes.length === 0) return
    if (part.file === undefined) return void part.text.push(bytes)
    part.file.chunks.push(bytes)
    part.file.size += bytes.length
  }
  const endPart = () => {
    if (part === undefined) return
    if (part.file === undefined) result.fields[part.name] = Buffer.concat(part.text).toString('utf8')
    else result.files.push(part.file)
    part = undefined
  }
  const startPart = (headers: string) => {
    const { name, filename, type } = partHeaders(headers)
    part = {
      name,
      text: [],
      ...(filename === undefined ? {} : { file: { name, filename, type, size: 0, chunks: [] } }),
    }
  }

  const advance = () => {
    for (;;) {
      if (state === 'preamble' || state === 'content') {
        const at = pending.indexOf(delimiter)
        if (at === -1) {
          // The end of what arrived may be the start of a delimiter: keep that much back.
          const safe = pending.length - (delimiter.length - 1)
          if (safe > 0) {
            if (state === 'content') emit(pending.subarray(0, safe))
            pending = Buffer.from(pending.subarray(safe))
          }
          return
        }
        if (state === 'content') {
          emit(pending.subarray(0, at))
          endPart()
        }
        pending = pending.subarray(at + delimiter.length)
        state = 'delimiter'
      }
      if (state === 'delimiter') {
        if (pending.length < 2) return
        if (pending[0] === 0x2d && pending[1] === 0x2d) {
          state = 'done'
          return
        }
        const lineEnd = pending.indexOf('\r\n')
        if (lineEnd === -1) return
        pending = pending.subarray(lineEnd + 2)
        state = 'headers'
      }
      if (state === 'headers') {
        const end = pending.indexOf('\r\n\r\n')
        if (end === -1) {
          if (pending.length > MAX_HEADER_BYTES) throw new TypeError('a part has more than 16 KB of headers')
          return
        }
        startPart(pending.subarray(0, end).toString('utf8'))
        pending = pending.subarray(end + 4)
        state = 'content'
      }
      if (state === 'done') return
    }
  }

  for await (const chunk of body) {
    if (state === 'done') continue
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
    advance()
  }
  if (state !== 'done') throw new TypeError('the body ended before the closing boundary')
  return result
}
