import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import { analyticsQuerySchema } from './analytics-schema.js'
import type { Answer, Body } from './internal/spec-types.js'

/**
 * Reads what `queryAnalytics` accepts, `GET /analytics/meta`: metrics, dimensions, filter
 * operators and granularities. Management key required.
 *
 * @throws `OpenRouterError`: `auth` without a key or with an inference key (the message says to
 * use a management key); `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { getAnalyticsMeta } from '@orsdk/admin'
 * const { data } = await getAnalyticsMeta({ apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.metrics, data.dimensions)
 * ```
 */
export function getAnalyticsMeta(options?: CallOptions): Promise<Answer<'getAnalyticsMeta'>> {
  return callOperation(
    { name: 'getAnalyticsMeta', method: 'GET', path: '/analytics/meta', management: true },
    {},
    options,
  )
}

/**
 * Runs an analytics query, `POST /analytics/query`: metrics over a time range, grouped by up to
 * two dimensions, filtered and ordered. Management key required.
 *
 * @param params - `metrics` (required, at least one), `dimensions`, `filters`, `time_range`,
 * `granularity`, `order_by`, `limit`, ...
 * @throws `OpenRouterError`: `invalid_request` for missing or empty `metrics` (before any I/O)
 * or a query OpenRouter rejects (400); `auth` without a key or with an inference key; as for any
 * call otherwise.
 * @example
 * ```ts
 * import { queryAnalytics } from '@orsdk/admin'
 * const { data } = await queryAnalytics(
 *   { metrics: ['request_count'], dimensions: ['model'], granularity: 'day' },
 *   { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY },
 * )
 * console.log(data.data, data.warnings)
 * ```
 */
export function queryAnalytics(
  params: Body<'queryAnalytics'>,
  options?: CallOptions,
): Promise<Answer<'queryAnalytics'>> {
  return callOperation(
    {
      name: 'queryAnalytics',
      method: 'POST',
      path: '/analytics/query',
      management: true,
      schema: analyticsQuerySchema,
    },
    { params },
    options,
  )
}
