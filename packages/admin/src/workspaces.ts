import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'
import { newWorkspaceSchema, workspaceChangesSchema } from './workspaces-schema.js'

/**
 * Lists the account's workspaces, `GET /workspaces`, one at a time across pages. Management key
 * required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a `limit` or `offset` out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listWorkspaces } from '@orsdk/admin'
 * for await (const workspace of listWorkspaces({ limit: 50 }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(workspace.slug, workspace.name)
 * ```
 */
export function listWorkspaces(
  params: Query<'listWorkspaces'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listWorkspaces'>> {
  return listOperation(
    { name: 'listWorkspaces', method: 'GET', path: '/workspaces', management: true, schema: pageQuerySchema },
    { params },
    options,
  )
}

/**
 * Creates a workspace, `POST /workspaces`. Management key required.
 *
 * @param params - `name` and `slug` (required), default models, logging and broadcast settings.
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `name` or `slug` (before any
 * I/O); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { createWorkspace } from '@orsdk/admin'
 * const { data } = await createWorkspace({ name: 'Research', slug: 'research' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.id)
 * ```
 */
export function createWorkspace(
  params: Body<'createWorkspace'>,
  options?: CallOptions,
): Promise<Answer<'createWorkspace'>> {
  return callOperation(
    {
      name: 'createWorkspace',
      method: 'POST',
      path: '/workspaces',
      management: true,
      schema: newWorkspaceSchema,
    },
    { params },
    options,
  )
}

/**
 * Reads one workspace, `GET /workspaces/{id}`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * workspace (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getWorkspace } from '@orsdk/admin'
 * const { data } = await getWorkspace('research', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.name, data.default_text_model)
 * ```
 */
export function getWorkspace(id: string, options?: CallOptions): Promise<Answer<'getWorkspace'>> {
  return callOperation(
    { name: 'getWorkspace', method: 'GET', path: '/workspaces/{id}', management: true },
    { path: { id } },
    options,
  )
}

/**
 * Changes a workspace, `PATCH /workspaces/{id}`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @param changes - only the fields to change.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id`, `name` or `slug` (before any
 * I/O) or an unknown workspace (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { updateWorkspace } from '@orsdk/admin'
 * await updateWorkspace('research', { default_text_model: 'openai/gpt-4o-mini' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function updateWorkspace(
  id: string,
  changes: Body<'updateWorkspace'>,
  options?: CallOptions,
): Promise<Answer<'updateWorkspace'>> {
  return callOperation(
    {
      name: 'updateWorkspace',
      method: 'PATCH',
      path: '/workspaces/{id}',
      management: true,
      schema: workspaceChangesSchema,
    },
    { path: { id }, params: changes },
    options,
  )
}

/**
 * Deletes a workspace, `DELETE /workspaces/{id}`. Management key required.
 *
 * @param id - the workspace's id or slug, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * workspace (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { deleteWorkspace } from '@orsdk/admin'
 * const { deleted } = await deleteWorkspace('research', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteWorkspace(id: string, options?: CallOptions): Promise<Answer<'deleteWorkspace'>> {
  return callOperation(
    { name: 'deleteWorkspace', method: 'DELETE', path: '/workspaces/{id}', management: true },
    { path: { id } },
    options,
  )
}
