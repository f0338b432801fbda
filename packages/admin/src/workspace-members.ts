import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'
import { userIdsSchema } from './workspaces-schema.js'

/**
 * Lists a workspace's members, `GET /workspaces/{id}/members`, across pages. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for an empty `id` or a page size
 * out of range (before any I/O) or an unknown workspace (404); `auth` without a key or with an
 * inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { listWorkspaceMembers } from '@orsdk/admin'
 * for await (const member of listWorkspaceMembers('research', {}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(member.user_id, member.role)
 * ```
 */
export function listWorkspaceMembers(
  id: string,
  params: Query<'listWorkspaceMembers'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listWorkspaceMembers'>> {
  return listOperation(
    {
      name: 'listWorkspaceMembers',
      method: 'GET',
      path: '/workspaces/{id}/members',
      management: true,
      schema: pageQuerySchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Adds organization members to a workspace, `POST /workspaces/{id}/members/add`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param params - `user_ids`: 1 to 100 user ids.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `user_ids` (before any I/O)
 * or an unknown workspace (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { addWorkspaceMembers } from '@orsdk/admin'
 * const { added_count } = await addWorkspaceMembers('research', { user_ids: ['user_abc123'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function addWorkspaceMembers(
  id: string,
  params: Body<'bulkAddWorkspaceMembers'>,
  options?: CallOptions,
): Promise<Answer<'bulkAddWorkspaceMembers'>> {
  return callOperation(
    {
      name: 'addWorkspaceMembers',
      method: 'POST',
      path: '/workspaces/{id}/members/add',
      management: true,
      schema: userIdsSchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Removes members from a workspace, `POST /workspaces/{id}/members/remove`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param params - `user_ids`: 1 to 100 user ids.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `user_ids` (before any I/O)
 * or an unknown workspace (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { removeWorkspaceMembers } from '@orsdk/admin'
 * const { removed_count } = await removeWorkspaceMembers('research', { user_ids: ['user_abc123'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function removeWorkspaceMembers(
  id: string,
  params: Body<'bulkRemoveWorkspaceMembers'>,
  options?: CallOptions,
): Promise<Answer<'bulkRemoveWorkspaceMembers'>> {
  return callOperation(
    {
      name: 'removeWorkspaceMembers',
      method: 'POST',
      path: '/workspaces/{id}/members/remove',
      management: true,
      schema: userIdsSchema,
    },
    { path: { id }, params },
    options,
  )
}
