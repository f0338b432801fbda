import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import type { Answer, Query } from './internal/spec-types.js'

/**
 * Reads how OpenRouter's traffic splits across task categories, `GET /classifications/task`
 * (coding, roleplay, ...), over a window of days.
 *
 * @param params - `window`, the window of days to aggregate.
 * @throws `OpenRouterError`: `invalid_request` for params that are not an object (before any
 * I/O) or that OpenRouter rejects (400); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { getTaskClassifications } from '@orsdk/account'
 * const { data } = await getTaskClassifications()
 * console.log(data.window_days, data.classifications)
 * ```
 */
export function getTaskClassifications(
  params: Query<'getTaskClassifications'> = {},
  options?: CallOptions,
): Promise<Answer<'getTaskClassifications'>> {
  return callOperation(
    { name: 'getTaskClassifications', method: 'GET', path: '/classifications/task' },
    { params },
    options,
  )
}
