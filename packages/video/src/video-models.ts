import type { CallOptions } from '@orsdk/transport'
import { decodeError, requestJson } from '@orsdk/transport/protocol'
import type { VideoModel } from './types.js'

/**
 * Every video generation model with the resolutions, aspect ratios, durations and frame images
 * it supports (`GET /videos/models`; no key needed).
 *
 * @throws `OpenRouterError` of kind `decode` (an answer without a data array), `server`,
 * `timeout` or `transport`; a user's abort rejects with the platform's `AbortError`.
 * @example
 * import { listVideoModels } from '@orsdk/video'
 * const withAudio = (await listVideoModels()).filter((model) => model.generate_audio).map((model) => model.id)
 */
export async function listVideoModels(options: CallOptions = {}): Promise<VideoModel[]> {
  const response = await requestJson(
    { operation: 'videos.models', method: 'GET', path: '/videos/models', auth: 'optional' },
    options,
  )
  const data = (response.data as { data?: unknown } | null)?.data
  if (!Array.isArray(data))
    throw decodeError(
      'listVideoModels: the response has no data array',
      JSON.stringify(response.data),
      response,
    )
  return data as VideoModel[]
}
