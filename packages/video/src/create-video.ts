import type { CallOptions } from '@orsdk/transport'
import { checkParams, requestJson } from '@orsdk/transport/protocol'
import { readJob } from './read-job.js'
import type { VideoJob, VideoParams } from './types.js'
import { VideoParamsSchema } from './video-params-schema.js'

/**
 * Submits a video generation and resolves with the job OpenRouter accepted (HTTP 202, status
 * `pending`). Generation takes minutes: follow it with `waitForVideo`, or pass `callback_url`.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (no prompt and no frame images, a duration
 * that is not a whole number of seconds, malformed references: all before any I/O; or a 4xx),
 * `decode` (an answer that is not a job), `auth`, `payment_required`, `rate_limit`, `server`,
 * `timeout` or `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { createVideo, waitForVideo } from '@orsdk/video'
 * const job = await createVideo({ model: 'google/veo-3.1', prompt: 'A serene mountain lake at sunset', duration: 8 })
 * console.log(job.id, job.status) // job-abc123 pending
 */
export async function createVideo(params: VideoParams, options: CallOptions = {}): Promise<VideoJob> {
  checkParams(VideoParamsSchema, params, 'createVideo')
  const response = await requestJson(
    { operation: 'videos.create', method: 'POST', path: '/videos', body: params, rejectErrorBody: false },
    options,
  )
  return readJob(response, 'createVideo')
}
