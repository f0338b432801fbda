import { invalidRequest, requestBody } from '@orsdk/transport/protocol'
import { jobId } from './read-job.js'
import type { DownloadVideoOptions } from './types.js'

/**
 * The video of a completed job as a web stream (`GET /videos/{id}/content`), read from the
 * socket as you read it: pipe it to a file or a response without holding the video in memory.
 * Read it to the end or cancel it, which releases the connection.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty id or a bad `index`, before any
 * I/O; or a 400 for a job that is not completed, a 404 for an unknown one), `auth`, `server`,
 * `timeout` or `transport`; reading the stream throws `transport` or `timeout` if the body
 * breaks off. A user's abort rejects with the platform's `AbortError`.
 * @example
 * import { createWriteStream } from 'node:fs'
 * import { Readable } from 'node:stream'
 * import { pipeline } from 'node:stream/promises'
 * import { downloadVideo } from '@orsdk/video'
 * await pipeline(Readable.fromWeb(await downloadVideo(job.id)), createWriteStream('video.mp4'))
 */
export async function downloadVideo(
  id: string,
  options: DownloadVideoOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const checked = typeof id === 'string' ? jobId(id) : undefined
  if (checked === undefined) throw invalidRequest('downloadVideo: id: must be a job id')
  const { index, ...call } = options
  if (index !== undefined && !(Number.isInteger(index) && index >= 0))
    throw invalidRequest('downloadVideo: options.index: must be a non-negative integer')
  const response = await requestBody(
    {
      operation: 'videos.content',
      method: 'GET',
      path: `/videos/${encodeURIComponent(checked)}/content`,
      query: { index },
      // The video is data whatever its content type.
      rejectErrorBody: false,
    },
    call,
  )
  return response.body
}
