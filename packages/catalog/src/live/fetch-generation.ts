import type { CallOptions } from '@orsdk/transport'
import { checkNonEmpty, checkOptions } from '../internal/live-input'
import { readData } from '../internal/live-request'
import type { Generation } from './generation'

/**
 * Reads the stats of one generation, `GET /generation?id=`: model and provider served, tokens,
 * cost, latency, finish reason. Needs the key that made the request. The id is the response's
 * `id` or its `X-Generation-Id` header (`generationId` on transport responses and errors).
 * OpenRouter may answer 404 for a moment after the generation ends: retry briefly if so.
 *
 * @param id - the generation id, `gen-...`.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) and for a 404 of
 * an unknown id (`status` 404); `auth` without a key; `decode` when the answer has no `data`
 * object; `transport`, `timeout`, `rate_limit`, `server` as for any call.
 * @example
 * ```ts
 * import { fetchGeneration } from '@orsdk/catalog/live'
 * import { chat } from '@orsdk/chat'
 * const completion = await chat({ model: 'openai/gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] })
 * const generation = await fetchGeneration(completion.id)
 * console.log(generation.provider_name, generation.total_cost, generation.tokens_completion)
 * ```
 */
export async function fetchGeneration(id: string, options?: CallOptions): Promise<Generation> {
  const generationId = checkNonEmpty(id, 'fetchGeneration: id', 'a generation id such as gen-...')
  return readData<Generation>(
    {
      name: 'fetchGeneration',
      operation: 'generation',
      path: '/generation',
      query: { id: generationId },
      auth: 'required',
      data: 'object',
    },
    checkOptions(options, 'fetchGeneration'),
  )
}
