import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import type { Answer, Query } from './internal/spec-types.js'

/**
 * Reads the account's activity of the last 30 completed UTC days, `GET /activity`: one row per
 * day, model and endpoint with requests, tokens and spend (not paged). Management key required.
 *
 * @param params - filters: `date` (YYYY-MM-DD), `api_key_hash`, `user_id`, `workspace_id`, and
 * `group_by: 'workspace'` for a row per workspace.
 * @throws `OpenRouterError`: `invalid_request` for params that are not an object (before any
 * I/O) or that OpenRouter rejects (400); `auth` without a key or with an inference key (the
 * message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { listActivity } from '@orsdk/admin'
 * const { data } = await listActivity({ date: '2025-08-24' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * for (const row of data) console.log(row.model, row.requests, row.usage)
 * ```
 */
export function listActivity(
  params: Query<'getUserActivity'> = {},
  options?: CallOptions,
): Promise<Answer<'getUserActivity'>> {
  return callOperation(
    { name: 'listActivity', method: 'GET', path: '/activity', management: true },
    { params },
    options,
  )
}
