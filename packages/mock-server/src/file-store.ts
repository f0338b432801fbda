import { createHash } from 'node:crypto'
import { randomAlphanumerics } from './generation-store'

/** A file the emulator holds, with its real bytes. */
export interface StoredFile {
  /** `or_file_<24 alphanumerics>`, like OpenRouter's. */
  id: string
  filename: string
  /** Detected from the bytes, as OpenRouter does (never from the name or the declared type). */
  mimeType: string
  sizeBytes: number
  /** ISO 8601. */
  createdAt: string
  /** False for uploads (OpenRouter serves only files it created itself); true for `add`ed files. */
  downloadable: boolean
  /** The hex SHA-256 of the bytes, computed as they arrived. */
  sha256: string
  /** The bytes, joined on each call: a test reads them once. */
  bytes(): Buffer
}

/** The files of one emulator: what `POST /files` stored, plus the files a test adds. */
export interface FileStore {
  get(id: string): StoredFile | undefined
  /** Every file, oldest first. */
  list(): StoredFile[]
  /**
   * Stores a file as if OpenRouter had created it (a generated output): downloadable through
   * `GET /files/:id/content`, unlike an upload.
   */
  add(file: { filename: string; bytes: Uint8Array; mimeType?: string }): StoredFile
  /** Stores an upload from the pieces it arrived in. */
  store(file: { filename: string; mimeType: string; chunks: Buffer[]; downloadable: boolean }): StoredFile
  delete(id: string): boolean
}

const fileId = () => `or_file_${randomAlphanumerics(24)}`

/** Creates an empty {@link FileStore}. */
export function createFileStore(): FileStore {
  const files = new Map<string, StoredFile>()
  const store: FileStore['store'] = ({ filename, mimeType, chunks, downloadable }) => {
    const hash = createHash('sha256')
    for (const chunk of chunks) hash.update(chunk)
    const file: StoredFile = {
      id: fileId(),
      filename,
      mimeType,
      sizeBytes: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
      createdAt: new Date().toISOString(),
      downloadable,
      sha256: hash.digest('hex'),
      bytes: () => (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)),
    }
    files.set(file.id, file)
    return file
  }
  return {
    get: (id) => files.get(id),
    list: () => [...files.values()],
    add: ({ filename, bytes, mimeType }) =>
      store({
        filename,
        mimeType: mimeType ?? 'application/octet-stream',
        chunks: [Buffer.from(bytes)],
        downloadable: true,
      }),
    store,
    delete: (id) => files.delete(id),
  }
}

/** The OpenRouter shape of a stored file, as `/files` answers it. */
export function fileObject(file: StoredFile): Record<string, unknown> {
  return {
    id: file.id,
    type: 'file',
    filename: file.filename,
    mime_type: file.mimeType,
    size_bytes: file.sizeBytes,
    created_at: file.createdAt,
    downloadable: file.downloadable,
  }
}
