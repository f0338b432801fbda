import type { CallOptions } from '@orsdk/transport'
import { invalidRequest } from '@orsdk/transport/protocol'
import { checkOptions, checkQuery } from '../internal/live-input'
import { readData } from '../internal/live-request'
import type { LiveModel } from './live-model'

/**
 * Reads the live model list, `GET /models`: every output modality unless `query` says otherwise
 * (plain `/models` lists text-output models only), with OpenRouter's server-side filters passed
 * through as given (`supported_parameters`, `input_modalities`, `providers`, `q`, `context`,
 * `max_price`, `offset`/`limit`, ... see the API reference). No key needed; one is sent if the client
 * has it. Live rows are whole: they also carry `description` and `benchmarks`, which the snapshot's
 * rows leave out (see {@link LiveModel}).
 *
 * @param query - query parameters, each a string; `output_modalities` defaults to `'all'`.
 * @throws `OpenRouterError`: `invalid_request` for a bad `query` (before any I/O, naming the field);
 * `decode` when the answer has no `data` array; `transport`, `timeout`, `rate_limit`, `server` as
 * for any call. A user's abort rejects with its `AbortError`.
 * @example
 * ```ts
 * import { fetchModels } from '@orsdk/catalog/live'
 * import { createClient } from '@orsdk/transport'
 * const client = createClient() // OPENROUTER_BASE_URL / OPENROUTER_API_KEY, both optional here
 * const all = await fetchModels(undefined, { client })
 * const withTools = await fetchModels({ supported_parameters: 'tools', output_modalities: 'text' }, { client })
 * console.log(all.length, withTools.map((model) => model.id))
 * ```
 */
export async function fetchModels(
  query?: Record<string, string>,
  options?: CallOptions,
): Promise<LiveModel[]> {
  const given = checkQuery(query, 'fetchModels')
  const callOptions = checkOptions(options, 'fetchModels')
  // An empty value would silently mean upstream's default, text-output models only.
  if (given.output_modalities?.trim() === '')
    throw invalidRequest(
      "fetchModels: query.output_modalities: must not be empty (use 'all' or a comma list)",
    )
  return readData<LiveModel[]>(
    {
      name: 'fetchModels',
      operation: 'models',
      path: '/models',
      query: { output_modalities: 'all', ...given },
      auth: 'optional',
      data: 'array',
    },
    callOptions,
  )
}
