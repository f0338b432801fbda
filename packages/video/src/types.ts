import type { CallOptions } from '@orsdk/transport'

/** A reference asset (spec `InputReference`): an image, audio or video by URL or `data:` URI. */
export type VideoReference =
  | { type: 'image_url'; image_url: { url: string } }
  | { type: 'audio_url'; audio_url: { url: string } }
  | { type: 'video_url'; video_url: { url: string } }

/** The first or last frame of the video (spec `FrameImage`). */
export interface FrameImage {
  type: 'image_url'
  image_url: { url: string }
  frame_type: 'first_frame' | 'last_frame'
}

/**
 * The request of `POST /videos` (spec `VideoGenerationRequest`). Enums are open strings;
 * unknown fields pass through.
 */
export interface VideoParams {
  /** A video model, e.g. `google/veo-3.1` (`listVideoModels()`, or `videoModels()` in `@orsdk/catalog`). */
  model: string
  /** Required by every model but those that animate `frame_images` alone. */
  prompt?: string
  /** Seconds, at least 1 (`supported_durations` of the model). */
  duration?: number
  aspect_ratio?: '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3' | '21:9' | '9:21' | (string & {})
  resolution?: '480p' | '720p' | '768p' | '1080p' | '1K' | '2K' | '4K' | (string & {})
  /** `WIDTHxHEIGHT`, instead of resolution and aspect ratio. */
  size?: string
  generate_audio?: boolean
  seed?: number
  frame_images?: FrameImage[]
  input_references?: VideoReference[]
  /** HTTPS URL OpenRouter calls when the job completes, instead of polling. */
  callback_url?: string
  provider?: { options?: Record<string, unknown>; [field: string]: unknown }
  [field: string]: unknown
}

/** Where a job stands. `completed`, `failed`, `cancelled` and `expired` are final. */
export type VideoStatus =
  | 'pending'
  | 'in_progress'
  | 'completed'
  | 'failed'
  | 'cancelled'
  | 'expired'
  | (string & {})

/** A video generation job (spec `VideoGenerationResponse`). */
export interface VideoJob {
  id: string
  /** The path `getVideo` polls. */
  polling_url: string
  status: VideoStatus
  /** Once the job has been processed. */
  generation_id?: string
  /** Where the finished video can be fetched; `downloadVideo` reads it through the API instead. */
  unsigned_urls?: string[]
  /** Cost once completed. */
  usage?: { cost?: number | null; is_byok?: boolean; [field: string]: unknown }
  /** Why a `failed` job failed. */
  error?: string
  [field: string]: unknown
}

/** Options of `waitForVideo`: the call options (for each poll), plus how to poll. */
export interface WaitForVideoOptions extends CallOptions {
  /** Wait between polls, unless an answer's `Retry-After` says otherwise. Default 5000 ms. */
  pollIntervalMs?: number
  /**
   * Give up after this long in all: rejects with `kind: 'timeout'` (the last job seen in
   * `error.partial`); the job itself goes on. Default 15 minutes; `Infinity` for none.
   */
  timeoutMs?: number
  /** Called with the job after every poll (status changes, and the final job). */
  onProgress?: (job: VideoJob) => void
}

/** Options of `downloadVideo`. */
export interface DownloadVideoOptions extends CallOptions {
  /** Which output of the job, for jobs with several. Default 0. */
  index?: number
}

/** One row of `GET /videos/models` (spec `VideoModel`). */
export interface VideoModel {
  id: string
  canonical_slug: string
  name: string
  created: number
  description?: string
  supported_resolutions: string[] | null
  supported_aspect_ratios: string[] | null
  supported_sizes: string[] | null
  supported_durations: number[] | null
  supported_frame_images: string[] | null
  generate_audio: boolean | null
  seed: boolean | null
  allowed_passthrough_parameters: string[]
  pricing_skus?: Record<string, string> | null
  [field: string]: unknown
}
