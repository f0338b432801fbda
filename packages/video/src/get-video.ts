import type { CallOptions } from '@orsdk/transport'
import { invalidRequest, type JsonResponse, requestJson } from '@orsdk/transport/protocol'
import { jobId, readJob } from './read-job.js'
import type { VideoJob } from './types.js'

/** One poll: the job and the answer it came in (whose `Retry-After` the wait honours). */
export async function fetchJob(
  id: string,
  options: CallOptions,
  operation: string,
): Promise<{ job: VideoJob; response: JsonResponse }> {
  const response = await requestJson(
    // A failed job is a 200 whose body carries `error`: data here, not an error of the call.
    {
      operation: 'videos.get',
      method: 'GET',
      path: `/videos/${encodeURIComponent(id)}`,
      rejectErrorBody: false,
    },
    options,
  )
  return { job: readJob(response, operation), response }
}

/**
 * The job as it stands now (`GET /videos/{id}`): `pending`, `in_progress`, `completed` (with
 * `unsigned_urls` and `usage`), or `failed` with its `error`. A failed job resolves: it is an
 * answer, not a failure of this call (`waitForVideo` is what rejects on it).
 *
 * @throws `OpenRouterError` of kind `invalid_request` (an empty id, before any I/O; or a 404 for
 * an unknown job), `decode`, `auth`, `rate_limit`, `server`, `timeout` or `transport`; a user's
 * abort rejects with the platform's `AbortError`.
 * @example
 * import { getVideo } from '@orsdk/video'
 * const job = await getVideo('job-abc123')
 * if (job.status === 'failed') console.log('failed:', job.error)
 */
export async function getVideo(id: string, options: CallOptions = {}): Promise<VideoJob> {
  const checked = jobId(id)
  if (checked === undefined || typeof id !== 'string') throw invalidRequest('getVideo: id: must be a job id')
  return (await fetchJob(checked, options, 'getVideo')).job
}
