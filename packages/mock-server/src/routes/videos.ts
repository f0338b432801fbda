import type { Exchange } from '../exchange'
import { modelRequestBody, sendError, sendJson, writeHead } from '../respond'
import { sampleVideoMp4, type VideoJob } from '../video-store'
import { modelsWithOutput } from './images'

const COST_PER_SECOND = 0.1
const DEFAULT_FAILURE = 'Provider returned error: the video could not be generated'

/** The `VideoGenerationResponse` of a job, with its content URLs once completed. */
function jobBody(exchange: Exchange, job: VideoJob): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: job.id,
    polling_url: `/api/v1/videos/${job.id}`,
    status: job.status,
    generation_id: job.generationId,
  }
  if (job.status === 'completed') {
    const origin = `http://${exchange.request.headers.host ?? 'localhost'}`
    body.unsigned_urls = [`${origin}/api/v1/videos/${job.id}/content?index=0`]
    body.usage = { cost: Number((job.duration * COST_PER_SECOND).toFixed(6)), is_byok: false }
  }
  if (job.status === 'failed') body.error = job.failMessage
  return body
}

/**
 * POST /api/v1/videos: 202 with a `pending` job. Each `GET /videos/:id` advances it: `in_progress`,
 * then `completed` on the `chunks`-th poll of the create request's scenario (default 3); with
 * `errorAfter: N` it is `failed` on the N-th poll instead, its `error` the scenario's `text` or a
 * provider message. A failed job is a 200 whose body carries `error`, as upstream.
 */
export function handleCreateVideo(exchange: Exchange): void {
  const { scenario } = exchange
  const body = modelRequestBody(exchange)
  if (body === undefined) return
  const hasFrames = Array.isArray(body.frame_images) && body.frame_images.length > 0
  if ((typeof body.prompt !== 'string' || body.prompt === '') && !hasFrames) {
    sendError(exchange, 400, '"prompt" is required unless frame_images are given')
    return
  }
  const duration = body.duration ?? 4
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1 || duration > 60) {
    sendError(exchange, 400, '"duration" must be an integer number of seconds from 1 to 60')
    return
  }
  const job = exchange.state.videos.create({
    model: body.model,
    duration,
    completeAt: Math.max(1, scenario.chunks ?? 3),
    failAt: scenario.errorAfter,
    failMessage: scenario.text ?? DEFAULT_FAILURE,
  })
  sendJson(exchange, 202, jobBody(exchange, job))
}

/** GET /api/v1/videos/:id: the job, one step further; 404 for an unknown id. */
export function handleGetVideo(exchange: Exchange, id: string): void {
  const job = exchange.state.videos.poll(id)
  if (job === undefined) {
    sendError(exchange, 404, `Video job ${id} not found`)
    return
  }
  sendJson(exchange, 200, jobBody(exchange, job))
}

/** GET /api/v1/videos/:id/content?index=0: the MP4 bytes of a completed job (`sampleVideoMp4(duration)`). */
export function handleVideoContent(exchange: Exchange, id: string): void {
  const job = exchange.state.videos.get(id)
  if (job === undefined) {
    sendError(exchange, 404, `Video job ${id} not found`)
    return
  }
  if (job.status !== 'completed') {
    sendError(exchange, 400, `Video job ${id} is not completed (status ${job.status})`)
    return
  }
  const index = Number(exchange.recorded.query.index ?? 0)
  if (index !== 0) {
    sendError(exchange, 400, `Video job ${id} has no output ${index}`)
    return
  }
  const bytes = sampleVideoMp4(job.duration)
  writeHead(exchange, 200, { 'content-type': 'video/mp4', 'content-length': bytes.length })
  exchange.response.end(bytes)
}

/** GET /api/v1/videos/models: every catalog model with video output, in the `VideoModel` shape. */
export function handleVideoModels(exchange: Exchange): void {
  const data = modelsWithOutput(exchange, 'video').map((row) => ({
    id: row.id,
    canonical_slug: row.canonical_slug ?? row.id,
    name: row.name,
    description: row.description ?? '',
    created: row.created,
    hugging_face_id: row.hugging_face_id ?? null,
    supported_resolutions: ['720p', '1080p'],
    supported_aspect_ratios: ['16:9', '9:16', '1:1'],
    supported_sizes: null,
    supported_durations: [4, 8],
    supported_frame_images: ['first_frame', 'last_frame'],
    upscale_factor: null,
    creativity: null,
    generate_audio: true,
    seed: true,
    allowed_passthrough_parameters: [],
    pricing_skus: { generate: String(COST_PER_SECOND) },
  }))
  sendJson(exchange, 200, { data })
}
