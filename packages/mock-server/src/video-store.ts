import { randomBytes } from 'node:crypto'
import { createGenerationId } from './generation-store'

/** A video job's state, as `GET /videos/:id` reports it. */
export type VideoStatus = 'pending' | 'in_progress' | 'completed' | 'failed'

/** A video generation job the emulator runs: it advances one step per poll. */
export interface VideoJob {
  id: string
  generationId: string
  model: string
  /** Seconds of video; the content is 64 KiB per second. */
  duration: number
  status: VideoStatus
  polls: number
  /** The poll that finds the job completed (default 3: in_progress, in_progress, completed). */
  completeAt: number
  /** The poll that finds the job failed, when one is scripted. */
  failAt?: number
  failMessage: string
}

/** The jobs of one emulator. */
export interface VideoStore {
  create(job: Pick<VideoJob, 'model' | 'duration' | 'completeAt' | 'failAt' | 'failMessage'>): VideoJob
  /** The job as the next poll sees it: each call advances it one step. */
  poll(id: string): VideoJob | undefined
  get(id: string): VideoJob | undefined
}

/** Creates an empty {@link VideoStore}. */
export function createVideoStore(): VideoStore {
  const jobs = new Map<string, VideoJob>()
  return {
    create(fields) {
      const job: VideoJob = {
        ...fields,
        id: `job-${randomBytes(8).toString('hex')}`,
        generationId: createGenerationId(),
        status: 'pending',
        polls: 0,
      }
      jobs.set(job.id, job)
      return job
    },
    poll(id) {
      const job = jobs.get(id)
      if (job === undefined || job.status === 'completed' || job.status === 'failed') return job
      job.polls++
      if (job.failAt !== undefined && job.polls >= job.failAt) job.status = 'failed'
      else if (job.polls >= job.completeAt) job.status = 'completed'
      else job.status = 'in_progress'
      return job
    },
    get: (id) => jobs.get(id),
  }
}

const BYTES_PER_SECOND = 64 * 1024

/**
 * The bytes `GET /videos/:id/content` serves for a video of `durationSeconds`: an MP4 `ftyp` box,
 * then an `mdat` box of a deterministic pattern, 64 KiB per second in all.
 *
 * @example
 * ```ts
 * const bytes = new Uint8Array(await new Response(await downloadVideo(job.id, { client })).arrayBuffer())
 * expect(bytes).toEqual(new Uint8Array(sampleVideoMp4(4)))
 * ```
 */
export function sampleVideoMp4(durationSeconds = 4): Buffer {
  const size = Math.max(1, durationSeconds) * BYTES_PER_SECOND
  const video = Buffer.alloc(size)
  const ftyp = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')])
  ftyp.copy(video, 0)
  video.writeUInt32BE(size - ftyp.length, ftyp.length)
  video.write('mdat', ftyp.length + 4, 'latin1')
  for (let index = ftyp.length + 8; index < size; index++) video[index] = (index * 31) & 0xff
  return video
}
