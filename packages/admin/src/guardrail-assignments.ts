import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { keyHashesSchema, memberIdsSchema } from './guardrails-schema.js'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'

/**
 * Lists the API keys assigned to one guardrail, `GET /guardrails/{id}/assignments/keys`, across
 * pages. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { listGuardrailKeyAssignments } from '@orsdk/admin'
 * for await (const assignment of listGuardrailKeyAssignments('550e8400-...', {}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(assignment.key_hash, assignment.key_name)
 * ```
 */
export function listGuardrailKeyAssignments(
  id: string,
  params: Query<'listGuardrailKeyAssignments'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listGuardrailKeyAssignments'>> {
  return listOperation(
    {
      name: 'listGuardrailKeyAssignments',
      method: 'GET',
      path: '/guardrails/{id}/assignments/keys',
      management: true,
      schema: pageQuerySchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Assigns API keys to a guardrail, `POST /guardrails/{id}/assignments/keys`. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `key_hashes`: at least one key hash.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { assignKeysToGuardrail } from '@orsdk/admin'
 * const { assigned_count } = await assignKeysToGuardrail('550e8400-...', { key_hashes: ['f01d5260...'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function assignKeysToGuardrail(
  id: string,
  params: Body<'bulkAssignKeysToGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'bulkAssignKeysToGuardrail'>> {
  return callOperation(
    {
      name: 'assignKeysToGuardrail',
      method: 'POST',
      path: '/guardrails/{id}/assignments/keys',
      management: true,
      schema: keyHashesSchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Removes API keys from a guardrail, `POST /guardrails/{id}/assignments/keys/remove`.
 * Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `key_hashes`: at least one key hash.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { unassignKeysFromGuardrail } from '@orsdk/admin'
 * const { unassigned_count } = await unassignKeysFromGuardrail('550e8400-...', { key_hashes: ['f01d5260...'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function unassignKeysFromGuardrail(
  id: string,
  params: Body<'bulkUnassignKeysFromGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'bulkUnassignKeysFromGuardrail'>> {
  return callOperation(
    {
      name: 'unassignKeysFromGuardrail',
      method: 'POST',
      path: '/guardrails/{id}/assignments/keys/remove',
      management: true,
      schema: keyHashesSchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Lists the organization members assigned to one guardrail,
 * `GET /guardrails/{id}/assignments/members`, across pages. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { listGuardrailMemberAssignments } from '@orsdk/admin'
 * for await (const assignment of listGuardrailMemberAssignments('550e8400-...', {}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(assignment.user_id)
 * ```
 */
export function listGuardrailMemberAssignments(
  id: string,
  params: Query<'listGuardrailMemberAssignments'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listGuardrailMemberAssignments'>> {
  return listOperation(
    {
      name: 'listGuardrailMemberAssignments',
      method: 'GET',
      path: '/guardrails/{id}/assignments/members',
      management: true,
      schema: pageQuerySchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Assigns organization members to a guardrail, `POST /guardrails/{id}/assignments/members`.
 * Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `member_user_ids`: at least one user id.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { assignMembersToGuardrail } from '@orsdk/admin'
 * await assignMembersToGuardrail('550e8400-...', { member_user_ids: ['user_abc123'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function assignMembersToGuardrail(
  id: string,
  params: Body<'bulkAssignMembersToGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'bulkAssignMembersToGuardrail'>> {
  return callOperation(
    {
      name: 'assignMembersToGuardrail',
      method: 'POST',
      path: '/guardrails/{id}/assignments/members',
      management: true,
      schema: memberIdsSchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Removes organization members from a guardrail,
 * `POST /guardrails/{id}/assignments/members/remove`. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param params - `member_user_ids`: at least one user id.
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O: an empty `id`, an
 * empty list, a page size out of range) or an unknown guardrail (404); `auth` without a key or
 * with an inference key (the message says to use a management key); as for any call otherwise.
 * @example
 * ```ts
 * import { unassignMembersFromGuardrail } from '@orsdk/admin'
 * await unassignMembersFromGuardrail('550e8400-...', { member_user_ids: ['user_abc123'] }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function unassignMembersFromGuardrail(
  id: string,
  params: Body<'bulkUnassignMembersFromGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'bulkUnassignMembersFromGuardrail'>> {
  return callOperation(
    {
      name: 'unassignMembersFromGuardrail',
      method: 'POST',
      path: '/guardrails/{id}/assignments/members/remove',
      management: true,
      schema: memberIdsSchema,
    },
    { path: { id }, params },
    options,
  )
}

/**
 * Lists every guardrail-to-API-key assignment of the account, `GET /guardrails/assignments/keys`,
 * across pages. Management key required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError`: `invalid_request` for a page size or offset out of range (before any
 * I/O); `auth` without a key or with an inference key (the message says to use a management
 * key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listKeyAssignments } from '@orsdk/admin'
 * for await (const assignment of listKeyAssignments({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(assignment.guardrail_id, assignment.key_hash)
 * ```
 */
export function listKeyAssignments(
  params: Query<'listKeyAssignments'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listKeyAssignments'>> {
  return listOperation(
    {
      name: 'listKeyAssignments',
      method: 'GET',
      path: '/guardrails/assignments/keys',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}

/**
 * Lists every guardrail-to-member assignment of the account,
 * `GET /guardrails/assignments/members`, across pages. Management key required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError`: `invalid_request` for a page size or offset out of range (before any
 * I/O); `auth` without a key or with an inference key (the message says to use a management
 * key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listMemberAssignments } from '@orsdk/admin'
 * for await (const assignment of listMemberAssignments({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(assignment.guardrail_id, assignment.user_id)
 * ```
 */
export function listMemberAssignments(
  params: Query<'listMemberAssignments'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listMemberAssignments'>> {
  return listOperation(
    {
      name: 'listMemberAssignments',
      method: 'GET',
      path: '/guardrails/assignments/members',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}
