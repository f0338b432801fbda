import type { Exchange } from '../exchange'
import { fileObject, type StoredFile } from '../file-store'
import { multipartBoundary } from '../multipart'
import { parseMultipartStream } from '../multipart-stream'
import { sendError, sendJson, writeHead } from '../respond'

/** What `POST /files` records as the request body: the form's fields and its files by size and hash. */
export interface RecordedUpload {
  fields: Record<string, string>
  files: { name: string; filename: string; type: string; size: number; sha256: string; id?: string }[]
}

// OpenRouter's limit, as the spec's description of the /files upload states it (spec/openapi.yaml).
const MAX_FILE_BYTES = 100 * 1024 * 1024
const SNIFF_BYTES = 64 * 1024

const startsWith = (head: Buffer, text: string, at = 0) =>
  head.subarray(at, at + text.length).toString('latin1') === text

/** The first bytes of a file, joined from its first chunks. */
function headOf(chunks: Buffer[]): Buffer {
  const parts: Buffer[] = []
  let length = 0
  for (const chunk of chunks) {
    if (length >= SNIFF_BYTES) break
    parts.push(chunk)
    length += chunk.length
  }
  return Buffer.concat(parts).subarray(0, SNIFF_BYTES)
}

const OFFICE: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/**
 * The type of a file from its bytes, as OpenRouter decides it: PDF, PNG/JPEG/GIF/WebP, an OOXML
 * document, MP3/WAV/FLAC/OGG, or UTF-8 text reported by its structure; undefined for anything else.
 */
export function detectFileType(head: Buffer, filename: string): string | undefined {
  const extension = filename.includes('.') ? filename.split('.').pop()?.toLowerCase() : undefined
  if (startsWith(head, '%PDF-')) return 'application/pdf'
  if (startsWith(head, '\x89PNG\r\n\x1a\n')) return 'image/png'
  if (startsWith(head, '\xff\xd8\xff')) return 'image/jpeg'
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return 'image/gif'
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return 'image/webp'
  if (startsWith(head, 'RIFF') && startsWith(head, 'WAVE', 8)) return 'audio/wav'
  if (startsWith(head, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg'
  if (startsWith(head, 'fLaC')) return 'audio/flac'
  if (startsWith(head, 'OggS')) return 'audio/ogg'
  if (startsWith(head, 'PK\x03\x04')) return extension === undefined ? undefined : OFFICE[extension]
  return textType(head, extension)
}

function textType(head: Buffer, extension: string | undefined): string | undefined {
  let text: string
  try {
    // `stream: true`: the sniffed head may end inside a character.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
  } catch {
    return undefined
  }
  if (text.includes('\u0000')) return undefined
  const trimmed = text.trimStart()
  const lines = trimmed.split('\n').filter((line) => line.trim() !== '')
  if (lines.length > 1 && lines.every((line) => /^\s*[{[]/.test(line) && /[}\]]\s*$/.test(line)))
    return 'application/x-ndjson'
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'application/json'
  if (extension === 'csv') return 'text/csv'
  if (extension === 'md' || extension === 'markdown') return 'text/markdown'
  return 'text/plain'
}

/**
 * POST /api/v1/files: multipart with a `file` part, read as it streams in (the body is not read
 * beforehand for this route). The file is stored with its real bytes and detected type; an empty
 * or unknown file is a 400, one over 100 MB a 413. The recorded body lists the form's fields and
 * each file's size and SHA-256 (`RecordedUpload`); `server.files` holds the bytes.
 */
export async function handleFileUpload(exchange: Exchange): Promise<void> {
  const boundary = multipartBoundary(exchange.request.headers['content-type'] ?? '')
  if (boundary === undefined) {
    exchange.request.resume()
    return sendError(exchange, 400, 'Expected a multipart/form-data body with a file part')
  }
  let form: Awaited<ReturnType<typeof parseMultipartStream>>
  try {
    form = await parseMultipartStream(exchange.request, boundary)
  } catch (error) {
    // The client left mid-upload: nothing is stored and nobody is there to answer.
    if (exchange.request.destroyed || exchange.signal.aborted) return
    return sendError(exchange, 400, `Malformed multipart body: ${(error as Error).message}`)
  }
  const part = form.files.find((file) => file.name === 'file')
  const recorded: RecordedUpload = { fields: form.fields, files: [] }
  exchange.recorded.body = recorded
  if (part === undefined) {
    sendError(exchange, 400, 'The form has no `file` part')
    return
  }
  if (part.size === 0) {
    sendError(exchange, 400, 'The file is empty')
    return
  }
  if (part.size > MAX_FILE_BYTES) {
    sendError(exchange, 413, 'The file is larger than 100 MB')
    return
  }
  const mimeType = detectFileType(headOf(part.chunks), part.filename)
  if (mimeType === undefined) {
    return sendError(
      exchange,
      400,
      'Unsupported file type: upload a PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, MP3/WAV/FLAC/OGG audio or UTF-8 text',
    )
  }
  const stored = exchange.state.files.store({
    filename: part.filename,
    mimeType,
    chunks: part.chunks,
    downloadable: false,
  })
  recorded.files.push({
    name: part.name,
    filename: part.filename,
    type: part.type,
    size: part.size,
    sha256: stored.sha256,
    id: stored.id,
  })
  sendJson(exchange, 200, fileObject(stored))
}

/** GET /api/v1/files: the stored files, oldest first, `limit` at a time (1–1000, default 100) with an opaque `cursor`. */
export function handleListFiles(exchange: Exchange): void {
  const { query } = exchange.recorded
  const limit = query.limit === undefined ? 100 : Number(query.limit)
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    sendError(exchange, 400, 'limit must be an integer from 1 to 1000')
    return
  }
  const files = exchange.state.files.list()
  let start = 0
  const after = query.cursor === undefined ? (query.after ?? query.after_id) : decodeCursor(query.cursor)
  if (after !== undefined) {
    const index = files.findIndex((file) => file.id === after)
    if (index === -1) {
      sendError(exchange, 400, 'Invalid cursor')
      return
    }
    start = index + 1
  }
  const page = files.slice(start, start + limit)
  const hasMore = start + limit < files.length
  const last = page.at(-1)
  sendJson(exchange, 200, {
    data: page.map(fileObject),
    has_more: hasMore,
    first_id: page[0]?.id ?? null,
    last_id: last?.id ?? null,
    cursor:
      hasMore && last !== undefined
        ? Buffer.from(JSON.stringify({ after: last.id })).toString('base64url')
        : null,
  })
}

function decodeCursor(cursor: string): string | undefined {
  try {
    const after = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown }).after
    return typeof after === 'string' ? after : ''
  } catch {
    return ''
  }
}

function findFile(exchange: Exchange, id: string): StoredFile | undefined {
  const file = exchange.state.files.get(id)
  if (file === undefined) sendError(exchange, 404, `File ${id} not found`)
  return file
}

/** GET /api/v1/files/:id: the file's metadata, or 404. */
export function handleGetFile(exchange: Exchange, id: string): void {
  const file = findFile(exchange, id)
  if (file !== undefined) sendJson(exchange, 200, fileObject(file))
}

/** DELETE /api/v1/files/:id: `{id, type: 'file_deleted'}`, or 404. */
export function handleDeleteFile(exchange: Exchange, id: string): void {
  if (findFile(exchange, id) === undefined) return
  exchange.state.files.delete(id)
  sendJson(exchange, 200, { id, type: 'file_deleted' })
}

/** GET /api/v1/files/:id/content: the bytes of a file OpenRouter created; uploads are a 400, as upstream. */
export function handleFileContent(exchange: Exchange, id: string): void {
  const file = findFile(exchange, id)
  if (file === undefined) return
  if (!file.downloadable) {
    sendError(
      exchange,
      400,
      `File ${id} is not downloadable: only files created server-side can be downloaded`,
    )
    return
  }
  const bytes = file.bytes()
  writeHead(exchange, 200, {
    'content-type': file.mimeType,
    'content-length': bytes.length,
    'content-disposition': `attachment; filename="${file.filename.replace(/["\r\n]/g, '_')}"`,
  })
  exchange.response.end(bytes)
}
