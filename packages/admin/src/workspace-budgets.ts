import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import type { components } from './generated/openapi.js'
import type { Answer, Body } from './internal/spec-types.js'
import { budgetSchema } from './workspaces-schema.js'

type Interval = components['schemas']['WorkspaceBudgetInterval']

/**
 * Reads every budget of a workspace, `GET /workspaces/{id}/budgets` (one per interval, not
 * paged), with the workspace-wide `include_byok_in_budgets`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * workspace (404); `auth` without a key or with an inference key (the message says to use a
 * management key); as for any call otherwise.
 * @example
 * ```ts
 * import { listWorkspaceBudgets } from '@orsdk/admin'
 * const { data } = await listWorkspaceBudgets('research', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * for (const budget of data) console.log(budget.reset_interval, budget.limit_usd)
 * ```
 */
export function listWorkspaceBudgets(
  id: string,
  options?: CallOptions,
): Promise<Answer<'listWorkspaceBudgets'>> {
  return callOperation(
    { name: 'listWorkspaceBudgets', method: 'GET', path: '/workspaces/{id}/budgets', management: true },
    { path: { id } },
    options,
  )
}

/**
 * Reads a workspace's budget for one interval, `GET /workspaces/{id}/budgets/{interval}`.
 * Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param interval - `daily`, `weekly`, `monthly` or `lifetime`.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `interval` (before any I/O),
 * an interval OpenRouter does not know (400) or no budget there (404); `auth` without a key or
 * with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getWorkspaceBudget } from '@orsdk/admin'
 * const { data } = await getWorkspaceBudget('research', 'monthly', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.limit_usd)
 * ```
 */
export function getWorkspaceBudget(
  id: string,
  interval: Interval,
  options?: CallOptions,
): Promise<Answer<'getWorkspaceBudget'>> {
  return callOperation(
    {
      name: 'getWorkspaceBudget',
      method: 'GET',
      path: '/workspaces/{id}/budgets/{interval}',
      management: true,
    },
    { path: { id, interval } },
    options,
  )
}

/**
 * Sets (creates or replaces) a workspace's budget for one interval,
 * `PUT /workspaces/{id}/budgets/{interval}`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param interval - `daily`, `weekly`, `monthly` or `lifetime`.
 * @param params - `limit_usd` (required); `include_byok_in_budgets` applies to the whole workspace.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `interval`, or a missing
 * `limit_usd` (before any I/O), and for limits that do not shrink as the interval narrows (400);
 * `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { setWorkspaceBudget } from '@orsdk/admin'
 * await setWorkspaceBudget('research', 'monthly', { limit_usd: 500 }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function setWorkspaceBudget(
  id: string,
  interval: Interval,
  params: Body<'upsertWorkspaceBudget'>,
  options?: CallOptions,
): Promise<Answer<'upsertWorkspaceBudget'>> {
  return callOperation(
    {
      name: 'setWorkspaceBudget',
      method: 'PUT',
      path: '/workspaces/{id}/budgets/{interval}',
      management: true,
      schema: budgetSchema,
    },
    { path: { id, interval }, params },
    options,
  )
}

/**
 * Removes a workspace's budget for one interval, `DELETE /workspaces/{id}/budgets/{interval}`.
 * Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param interval - `daily`, `weekly`, `monthly` or `lifetime`.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `interval` (before any I/O)
 * or an unknown workspace (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { deleteWorkspaceBudget } from '@orsdk/admin'
 * await deleteWorkspaceBudget('research', 'daily', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteWorkspaceBudget(
  id: string,
  interval: Interval,
  options?: CallOptions,
): Promise<Answer<'deleteWorkspaceBudget'>> {
  return callOperation(
    {
      name: 'deleteWorkspaceBudget',
      method: 'DELETE',
      path: '/workspaces/{id}/budgets/{interval}',
      management: true,
    },
    { path: { id, interval } },
    options,
  )
}
