import { multipartBody, requestJson } from '@orsdk/transport/protocol'
import { readFile } from './read-file.js'
import type { FileObject, FilesOptions, UploadData, UploadPath } from './types.js'
import { checkUpload } from './upload-input.js'

/**
 * Uploads a file to OpenRouter's storage (`POST /files`, multipart) and resolves with its
 * metadata; cite its `id` as `file_id` in chat, messages and responses instead of sending the
 * bytes again. The upload streams: the form is built as the socket takes it, from views of your
 * buffer, your `Blob` or stream, or the file on disk read in 64 KB pieces, so a 100 MB file is
 * never copied whole. Pass a path (a string, or `{ path }`) on Node, Bun and Deno only.
 *
 * An upload is sent once: a retry middleware cannot send the same stream again (its second
 * attempt fails with `transport`); retry the `uploadFile` call instead.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (no filename, an empty file, one over 100
 * MB, a type OpenRouter does not store, a path that cannot be read: all before any network I/O;
 * or a 400 when the bytes are not what the type says), `auth`, `payment_required`, `rate_limit`,
 * `server`, `timeout` or `transport`; a user's abort rejects with the platform's `AbortError`
 * and cancels the stream being read (a file on disk is closed).
 * @example
 * import { uploadFile } from '@orsdk/files'
 * const fromDisk = await uploadFile('./report.pdf')
 * const fromBytes = await uploadFile({ data: new TextEncoder().encode('a,b\n1,2\n'), filename: 'table.csv' })
 * console.log(fromDisk.id, fromDisk.mime_type, fromBytes.size_bytes) // or_file_… application/pdf 8
 */
export async function uploadFile(
  file: UploadData | UploadPath | string,
  options: FilesOptions = {},
): Promise<FileObject> {
  const { provider, workspace_id, ...call } = options
  const upload = await checkUpload(file, 'uploadFile')
  const { body, contentType } = multipartBody([
    ...(upload.purpose === undefined ? [] : [{ name: 'purpose', value: upload.purpose }]),
    { name: 'file', filename: upload.filename, contentType: upload.mime, data: upload.data },
  ])
  try {
    const response = await requestJson(
      {
        operation: 'files.upload',
        method: 'POST',
        path: '/files',
        query: { provider, workspace_id },
        body,
        contentType,
      },
      call,
    )
    return readFile(response, 'uploadFile')
  } finally {
    // Released whatever happened: a request that failed before reading the body left it unread.
    void body.cancel().catch(() => {})
  }
}
