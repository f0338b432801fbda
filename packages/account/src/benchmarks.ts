import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import { benchmarksQuerySchema } from './benchmarks-schema.js'
import type { Answer, Query } from './internal/spec-types.js'

/**
 * Reads benchmark scores of models, `GET /benchmarks`: Artificial Analysis indexes, Design Arena
 * ratings and OpenRouter's own evals, in one list (not paged), with `meta` saying how to cite them.
 *
 * @param params - `source`, `task_type`, `benchmark_type`, `arena`, `category`, `max_results`
 * (at least 1), ...
 * @throws `OpenRouterError`: `invalid_request` for a `max_results` below 1 (before any I/O) or a
 * filter OpenRouter rejects (400); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { listBenchmarks } from '@orsdk/account'
 * const { data, meta } = await listBenchmarks({ task_type: 'coding', max_results: 10 })
 * console.log(data.map((row) => row.model_permaslug), meta.citation)
 * ```
 */
export function listBenchmarks(
  params: Query<'getBenchmarks'> = {},
  options?: CallOptions,
): Promise<Answer<'getBenchmarks'>> {
  return callOperation(
    { name: 'listBenchmarks', method: 'GET', path: '/benchmarks', schema: benchmarksQuerySchema },
    { params },
    options,
  )
}
