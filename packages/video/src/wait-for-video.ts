import type { OpenRouterError } from '@orsdk/transport'
import { type ErrorContext, errorFromBody, invalidRequest, poll } from '@orsdk/transport/protocol'
import { fetchJob } from './get-video.js'
import { jobId } from './read-job.js'
import type { VideoJob, WaitForVideoOptions } from './types.js'

const FINAL = new Set(['completed', 'failed', 'cancelled', 'expired'])
const DEFAULT_POLL_INTERVAL_MS = 5000
const DEFAULT_TIMEOUT_MS = 15 * 60 * 1000

/** The error a job that ended without a video rejects with: it names the job, whose body it keeps. */
function jobFailure(job: VideoJob, context: ErrorContext): OpenRouterError {
  const why = job.status === 'failed' ? `failed: ${job.error ?? 'no reason given'}` : `ended ${job.status}`
  return errorFromBody(job, context).with({
    message: `waitForVideo: video job ${job.id} ${why}`,
    // Polling again finds the same job: only a new createVideo can succeed.
    retryable: false,
    body: job,
    generationId: job.generation_id ?? context.generationId,
  })
}

function checkOptions(options: WaitForVideoOptions): void {
  const { pollIntervalMs, timeoutMs, onProgress } = options
  if (
    pollIntervalMs !== undefined &&
    !(typeof pollIntervalMs === 'number' && pollIntervalMs >= 0 && Number.isFinite(pollIntervalMs))
  )
    throw invalidRequest(
      'waitForVideo: options.pollIntervalMs: must be a non-negative number of milliseconds',
    )
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs > 0))
    throw invalidRequest(
      'waitForVideo: options.timeoutMs: must be a positive number of milliseconds (Infinity for none)',
    )
  if (onProgress !== undefined && typeof onProgress !== 'function')
    throw invalidRequest('waitForVideo: options.onProgress: must be a function')
}

/**
 * Polls a video job until it is done and resolves with the completed job. Waits `pollIntervalMs`
 * between polls (default 5 s), or what an answer's `Retry-After` asks; reports each poll to
 * `onProgress`; stops on `signal` (rejecting with its reason) and at `timeoutMs` (default 15
 * minutes: kind `timeout`, the last job in `error.partial`; the job goes on, so you may wait
 * again). A job given already final is settled without a request.
 *
 * A job that ends `failed` (or `cancelled`, `expired`) rejects with an `OpenRouterError` naming
 * the job and its reason (kind `server`, not retryable; the job in `body`). An error of a poll
 * itself (a 429, a dropped connection) rejects as it is: add a retry middleware to the client
 * to ride those out.
 *
 * @throws `OpenRouterError` of kind `invalid_request` (a job without an id, bad options: before
 * any I/O), `timeout`, `server` (a failed job), or any kind a poll fails with; a user's abort
 * rejects with the platform's `AbortError`.
 * @example
 * import { createVideo, downloadVideo, waitForVideo } from '@orsdk/video'
 * const job = await createVideo({ model: 'google/veo-3.1', prompt: 'A paper boat on a stream' })
 * const done = await waitForVideo(job, {
 *   pollIntervalMs: 10_000,
 *   timeoutMs: 20 * 60_000,
 *   onProgress: (current) => console.log(current.status),
 * })
 * console.log(done.usage?.cost, done.unsigned_urls)
 */
export async function waitForVideo(
  job: string | VideoJob,
  options: WaitForVideoOptions = {},
): Promise<VideoJob> {
  const id = jobId(job)
  if (id === undefined) throw invalidRequest('waitForVideo: job: must be a video job or its id')
  checkOptions(options)
  const { pollIntervalMs, timeoutMs, onProgress, ...call } = options
  if (typeof job === 'object' && FINAL.has(job.status)) {
    if (job.status === 'completed') return job
    throw jobFailure(job, {})
  }
  let context: ErrorContext = {}
  const done = await poll<VideoJob>({
    operation: 'waitForVideo',
    check: async (signal) => {
      const { job: current, response } = await fetchJob(id, { ...call, signal }, 'waitForVideo')
      context = response
      return { value: current, headers: response.headers }
    },
    isDone: (current) => FINAL.has(current.status),
    intervalMs: pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: call.signal,
    onProgress,
  })
  if (done.status === 'completed') return done
  throw jobFailure(done, context)
}
