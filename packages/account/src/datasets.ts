import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { appRankingsQuerySchema, sessionCostsQuerySchema } from './datasets-schema.js'
import type { Answer, Item, Query } from './internal/spec-types.js'

// OpenRouter's public datasets: the apps, models and harness sessions behind openrouter.ai's
// rankings pages.

/**
 * Lists the top public apps by token usage in a date window, `GET /datasets/app-rankings`, one
 * app at a time across pages (OpenRouter serves the first 200 at most).
 *
 * @param params - `category`, `subcategory`, `sort` (`popular`, `trending`), `start_date`,
 * `end_date` (YYYY-MM-DD), `limit` (page size, 1 to 100), `offset` (0 to 100).
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O) or a filter OpenRouter rejects (400); `auth` without a key; as for any
 * call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listAppRankings } from '@orsdk/account'
 * for await (const app of listAppRankings({ category: 'coding', sort: 'trending' }))
 *   console.log(app.rank, app.app_name, app.total_tokens)
 * ```
 */
export function listAppRankings(
  params: Query<'getAppRankings'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'getAppRankings'>> {
  return listOperation(
    {
      name: 'listAppRankings',
      method: 'GET',
      path: '/datasets/app-rankings',
      schema: appRankingsQuerySchema,
      maxOffset: 100,
    },
    { params },
    options,
  )
}

/**
 * Reads daily token totals per model, `GET /datasets/rankings-daily` (not paged).
 *
 * @param params - `start_date`, `end_date`, `period`, `modality`, `context_bucket`, `category`,
 * `language_type`.
 * @throws `OpenRouterError`: `invalid_request` for params that are not an object (before any
 * I/O) or that OpenRouter rejects (400); `auth` without a key; as for any call otherwise.
 * @example
 * ```ts
 * import { getDailyRankings } from '@orsdk/account'
 * const { data } = await getDailyRankings({ start_date: '2026-05-01', end_date: '2026-05-07' })
 * for (const row of data) console.log(row.date, row.model_permaslug, row.total_tokens)
 * ```
 */
export function getDailyRankings(
  params: Query<'getRankingsDaily'> = {},
  options?: CallOptions,
): Promise<Answer<'getRankingsDaily'>> {
  return callOperation(
    { name: 'getDailyRankings', method: 'GET', path: '/datasets/rankings-daily' },
    { params },
    options,
  )
}

/**
 * Lists the median cost per session of published agent harnesses, `GET /datasets/session-cost`,
 * one cell at a time across pages.
 *
 * @param params - `app_slug`, `model`, `turn_range`, `limit` (page size, 1 to 500), `offset`
 * (0 to 5000).
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key; as for any call otherwise. An abort ends the loop
 * with its `AbortError`.
 * @example
 * ```ts
 * import { listSessionCosts } from '@orsdk/account'
 * for await (const cell of listSessionCosts({ turn_range: '10-49-turns' }))
 *   console.log(cell.app_name, cell.model_permaslug, cell.median_session_cost_usd)
 * ```
 */
export function listSessionCosts(
  params: Query<'getSessionCost'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'getSessionCost'>> {
  return listOperation(
    {
      name: 'listSessionCosts',
      method: 'GET',
      path: '/datasets/session-cost',
      schema: sessionCostsQuerySchema,
      maxOffset: 5000,
    },
    { params },
    options,
  )
}
