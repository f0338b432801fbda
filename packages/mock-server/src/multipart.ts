/** One file part of a recorded multipart body. */
export interface RecordedFile {
  name: string
  filename: string
  type: string
  size: number
  base64: string
}

/** A recorded multipart/form-data body: text fields by name, and file parts in order. */
export interface RecordedMultipart {
  fields: Record<string, string>
  files: RecordedFile[]
}

/** Reads the boundary out of a multipart content-type, or undefined when it is not multipart. */
export function multipartBoundary(contentType: string): string | undefined {
  if (!/^multipart\/form-data/i.test(contentType)) return undefined
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]?.trim()
}

// A parameter of a header after its `;` (so `name` is never read out of `filename`).
function headerParam(header: string, name: string): string | undefined {
  const match =
    new RegExp(`;\\s*${name}="([^"]*)"`, 'i').exec(header) ??
    new RegExp(`;\\s*${name}=([^;]+)`, 'i').exec(header)
  return match?.[1]
}

/** What a part's headers say: its field name, its filename (a file part), its content type. */
export function partHeaders(headers: string): { name: string; filename?: string; type: string } {
  const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? ''
  const filename = headerParam(disposition, 'filename')
  const type = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream'
  return {
    name: headerParam(disposition, 'name') ?? '',
    type,
    ...(filename === undefined ? {} : { filename }),
  }
}

/** Parses a multipart/form-data body (RFC 7578) into fields and files. */
export function parseMultipart(body: Buffer, boundary: string): RecordedMultipart {
  const result: RecordedMultipart = { fields: {}, files: [] }
  const delimiter = Buffer.from(`--${boundary}`)
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const partStart = start + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const next = body.indexOf(delimiter, partStart)
    if (next === -1) break
    // A part is CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const part = body.subarray(partStart + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    if (split !== -1) {
      const { name, filename, type } = partHeaders(part.subarray(0, split).toString('utf8'))
      const content = part.subarray(split + 4)
      if (filename === undefined) {
        result.fields[name] = content.toString('utf8')
      } else {
        result.files.push({ name, filename, type, size: content.length, base64: content.toString('base64') })
      }
    }
    start = next
  }
  return result
}
