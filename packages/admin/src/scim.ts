import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'
import { mappingChangesSchema, mappingDeletionSchema, newMappingSchema } from './scim-schema.js'

/**
 * Lists the SCIM groups your identity provider pushed, `GET /scim/groups`, across pages.
 * Management key required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listScimGroups } from '@orsdk/admin'
 * for await (const group of listScimGroups({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(group.id, group.display_name)
 * ```
 */
export function listScimGroups(
  params: Query<'listScimGroups'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listScimGroups'>> {
  return listOperation(
    {
      name: 'listScimGroups',
      method: 'GET',
      path: '/scim/groups',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}

/**
 * Lists the SCIM group-to-workspace mappings, `GET /scim/group-mappings`, across pages.
 * Management key required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listScimGroupMappings } from '@orsdk/admin'
 * for await (const mapping of listScimGroupMappings({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(mapping.scim_group_id, '->', mapping.workspace_id, mapping.role)
 * ```
 */
export function listScimGroupMappings(
  params: Query<'listScimGroupMappings'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listScimGroupMappings'>> {
  return listOperation(
    {
      name: 'listScimGroupMappings',
      method: 'GET',
      path: '/scim/group-mappings',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}

/**
 * Maps a SCIM group to a workspace with a role, `POST /scim/group-mappings`. Management key required.
 *
 * @param params - `scim_group_id`, `workspace_id` and `role` (all required).
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty field (before any I/O);
 * `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { createScimGroupMapping } from '@orsdk/admin'
 * const { data } = await createScimGroupMapping(
 *   { scim_group_id: '9d2f...', workspace_id: '0df9e665-...', role: 'member' },
 *   { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY },
 * )
 * console.log(data.id)
 * ```
 */
export function createScimGroupMapping(
  params: Body<'createScimGroupMapping'>,
  options?: CallOptions,
): Promise<Answer<'createScimGroupMapping'>> {
  return callOperation(
    {
      name: 'createScimGroupMapping',
      method: 'POST',
      path: '/scim/group-mappings',
      management: true,
      schema: newMappingSchema,
    },
    { params },
    options,
  )
}

/**
 * Reads one SCIM group mapping, `GET /scim/group-mappings/{id}`. Management key required.
 *
 * @param id - the mapping's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * one (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getScimGroupMapping } from '@orsdk/admin'
 * const { data } = await getScimGroupMapping('3a7c...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.role)
 * ```
 */
export function getScimGroupMapping(
  id: string,
  options?: CallOptions,
): Promise<Answer<'getScimGroupMapping'>> {
  return callOperation(
    { name: 'getScimGroupMapping', method: 'GET', path: '/scim/group-mappings/{id}', management: true },
    { path: { id } },
    options,
  )
}

/**
 * Changes the role a SCIM group mapping grants, `PATCH /scim/group-mappings/{id}`. Management key required.
 *
 * @param id - the mapping's id, URL-encoded.
 * @param changes - `role` (required).
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `role` (before any I/O) or an
 * unknown mapping (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { updateScimGroupMapping } from '@orsdk/admin'
 * await updateScimGroupMapping('3a7c...', { role: 'admin' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function updateScimGroupMapping(
  id: string,
  changes: Body<'updateScimGroupMapping'>,
  options?: CallOptions,
): Promise<Answer<'updateScimGroupMapping'>> {
  return callOperation(
    {
      name: 'updateScimGroupMapping',
      method: 'PATCH',
      path: '/scim/group-mappings/{id}',
      management: true,
      schema: mappingChangesSchema,
    },
    { path: { id }, params: changes },
    options,
  )
}

/**
 * Deletes a SCIM group mapping, `DELETE /scim/group-mappings/{id}`. Management key required.
 *
 * @param id - the mapping's id, URL-encoded.
 * @param params - `keep_members` (required, no default): `true` leaves the members it granted in
 * the workspace, `false` removes them.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or a missing `keep_members`
 * (before any I/O) or an unknown mapping (404); `auth` without a key or with an inference key.
 * @example
 * ```ts
 * import { deleteScimGroupMapping } from '@orsdk/admin'
 * await deleteScimGroupMapping('3a7c...', { keep_members: true }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteScimGroupMapping(
  id: string,
  params: Query<'deleteScimGroupMapping'>,
  options?: CallOptions,
): Promise<Answer<'deleteScimGroupMapping'>> {
  return callOperation(
    {
      name: 'deleteScimGroupMapping',
      method: 'DELETE',
      path: '/scim/group-mappings/{id}',
      management: true,
      schema: mappingDeletionSchema,
    },
    { path: { id }, params },
    options,
  )
}
