import type { CallOptions } from '@orsdk/transport'

/** A stored file (spec `OpenRouterFile`). */
export interface FileObject {
  /** `or_file_…`: cite it as `file_id` in chat, messages and responses. */
  id: string
  type: 'file' | (string & {})
  filename: string
  /** The type OpenRouter read from the bytes (not the name or the declared type). */
  mime_type: string
  size_bytes: number
  /** ISO 8601. */
  created_at: string
  /** False for uploads: only files OpenRouter created can be downloaded. */
  downloadable: boolean
  [field: string]: unknown
}

/** The bytes of an upload: held (`Uint8Array`, `ArrayBuffer`, `Blob`) or streamed (`ReadableStream`). */
export type UploadSource = Uint8Array | ArrayBuffer | Blob | ReadableStream<Uint8Array>

/** An upload from bytes you hold or stream. */
export interface UploadData {
  data: UploadSource
  /** The name OpenRouter stores and lists. */
  filename: string
  /** Default: the `Blob`'s type, else read from the filename's extension. */
  mime?: string
  /** OpenAI-style purpose (`user_data`, `assistants`, ...), sent as a form field when given. */
  purpose?: string
}

/** An upload of a file on disk (Node, Bun and Deno only): read as it is sent. */
export interface UploadPath {
  path: string
  /** Default: the path's base name. */
  filename?: string
  /** Default: read from the filename's extension. */
  mime?: string
  purpose?: string
}

/** Where files live: OpenRouter's storage by default, or a provider's with your own key for it. */
export interface FilesScope {
  /** Store or read the file on this provider with your own key for it (`openai`, `anthropic`). */
  provider?: 'openai' | 'anthropic' | (string & {})
  /** A workspace other than the key's default one (a UUID). */
  workspace_id?: string
}

/** Options of the files calls: the call options plus where the files live. */
export interface FilesOptions extends CallOptions, FilesScope {}

/** Options of `listFiles`. */
export interface ListFilesOptions extends FilesOptions {
  /** Files per page request, 1 to 1000 (default: the API's, 100). */
  limit?: number
}
