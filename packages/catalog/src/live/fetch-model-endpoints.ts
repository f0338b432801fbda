import type { CallOptions } from '@orsdk/transport'
import { invalidRequest } from '@orsdk/transport/protocol'
import { checkNonEmpty, checkOptions } from '../internal/live-input'
import { readData } from '../internal/live-request'
import type { ModelEndpoints } from './model-endpoints'

/**
 * Reads the providers serving one model right now, `GET /models/{author}/{slug}/endpoints`: their
 * prices, limits, quantization, status, uptime, latency and throughput. No key needed.
 *
 * @param id - a model id `author/slug`; a variant suffix (`:free`) or `~` alias prefix is sent as
 * given, each segment URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` when `id` is not `author/slug` (before any I/O) and
 * for a 404 of an unknown model (`status` 404); `decode` when the answer has no `data` object;
 * `transport`, `timeout`, `rate_limit`, `server` as for any call.
 * @example
 * ```ts
 * import { fetchModelEndpoints } from '@orsdk/catalog/live'
 * const { endpoints } = await fetchModelEndpoints('openai/gpt-4o-mini')
 * for (const endpoint of endpoints) console.log(endpoint.provider_name, endpoint.pricing.prompt, endpoint.uptime_last_30m)
 * ```
 */
export async function fetchModelEndpoints(id: string, options?: CallOptions): Promise<ModelEndpoints> {
  const segments = checkNonEmpty(id, 'fetchModelEndpoints: id', 'a model id such as openai/gpt-4o').split('/')
  if (segments.length !== 2 || segments.some((segment) => segment.trim() === ''))
    throw invalidRequest(
      `fetchModelEndpoints: id: must be shaped author/slug (such as openai/gpt-4o), got ${JSON.stringify(id)}`,
    )
  const path = `/models/${segments.map(encodeURIComponent).join('/')}/endpoints`
  return readData<ModelEndpoints>(
    { name: 'fetchModelEndpoints', operation: 'models.endpoints', path, auth: 'optional', data: 'object' },
    checkOptions(options, 'fetchModelEndpoints'),
  )
}
