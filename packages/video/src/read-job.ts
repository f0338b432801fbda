import { decodeError, errorFromBody, type JsonResponse } from '@orsdk/transport/protocol'
import type { VideoJob } from './types.js'

/**
 * The job in an answer of `POST /videos` or `GET /videos/:id`. A failed job is a 200 whose body
 * carries `error` as a string: that is a job, returned as such. A body with an error and no job
 * is an error; anything else without an `id` and a `status` is a `decode` error.
 */
export function readJob(response: JsonResponse, operation: string): VideoJob {
  const job = response.data as Partial<VideoJob> | null
  if (typeof job?.id === 'string' && typeof job.status === 'string') return job as VideoJob
  if (job !== null && typeof job === 'object' && job.error) throw errorFromBody(job, response)
  throw decodeError(`${operation}: the response is not a video job`, JSON.stringify(job), response)
}

/** The id of a job or of a job's id, or undefined when it is neither. */
export function jobId(job: unknown): string | undefined {
  const id = typeof job === 'string' ? job : (job as { id?: unknown } | null | undefined)?.id
  return typeof id === 'string' && id !== '' ? id : undefined
}
