import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { byokKeyChangesSchema, newByokKeySchema } from './byok-schema.js'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'

/**
 * Lists the account's bring-your-own-key provider credentials, `GET /byok`, across pages (the
 * provider keys themselves are never returned). Management key required.
 *
 * @param params - `workspace_id`, `provider`, `limit` (page size, 1 to 100), `offset`.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listByokKeys } from '@orsdk/admin'
 * for await (const credential of listByokKeys({ provider: 'openai' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(credential.id, credential.label, credential.disabled)
 * ```
 */
export function listByokKeys(
  params: Query<'listBYOKKeys'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listBYOKKeys'>> {
  return listOperation(
    { name: 'listByokKeys', method: 'GET', path: '/byok', management: true, schema: pageQuerySchema },
    { params },
    options,
  )
}

/**
 * Stores a provider key for bring-your-own-key routing, `POST /byok`. Management key required.
 *
 * @param params - `provider` and `key` (required), `name`, `allowed_models`, `is_fallback`, ...
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `provider` or `key` (before
 * any I/O); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { createByokKey } from '@orsdk/admin'
 * const { data } = await createByokKey({ provider: 'openai', key: process.env.OPENAI_API_KEY ?? '' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.id, data.label)
 * ```
 */
export function createByokKey(
  params: Body<'createBYOKKey'>,
  options?: CallOptions,
): Promise<Answer<'createBYOKKey'>> {
  return callOperation(
    {
      name: 'createByokKey',
      method: 'POST',
      path: '/byok',
      management: true,
      schema: newByokKeySchema,
    },
    { params },
    options,
  )
}

/**
 * Reads one BYOK credential, `GET /byok/{id}`. Management key required.
 *
 * @param id - the credential's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * one (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getByokKey } from '@orsdk/admin'
 * const { data } = await getByokKey('0f6b...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.provider, data.allowed_models)
 * ```
 */
export function getByokKey(id: string, options?: CallOptions): Promise<Answer<'getBYOKKey'>> {
  return callOperation(
    { name: 'getByokKey', method: 'GET', path: '/byok/{id}', management: true },
    { path: { id } },
    options,
  )
}

/**
 * Changes a BYOK credential, `PATCH /byok/{id}`: its name, allowed models, keys and users,
 * fallback flag, or the provider key itself. Management key required.
 *
 * @param id - the credential's id, URL-encoded.
 * @param changes - only the fields to change.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `key` (before any I/O) or an
 * unknown credential (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { updateByokKey } from '@orsdk/admin'
 * await updateByokKey('0f6b...', { disabled: true }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function updateByokKey(
  id: string,
  changes: Body<'updateBYOKKey'>,
  options?: CallOptions,
): Promise<Answer<'updateBYOKKey'>> {
  return callOperation(
    {
      name: 'updateByokKey',
      method: 'PATCH',
      path: '/byok/{id}',
      management: true,
      schema: byokKeyChangesSchema,
    },
    { path: { id }, params: changes },
    options,
  )
}

/**
 * Deletes a BYOK credential, `DELETE /byok/{id}`. Management key required.
 *
 * @param id - the credential's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * credential (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { deleteByokKey } from '@orsdk/admin'
 * await deleteByokKey('0f6b...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteByokKey(id: string, options?: CallOptions): Promise<Answer<'deleteBYOKKey'>> {
  return callOperation(
    { name: 'deleteByokKey', method: 'DELETE', path: '/byok/{id}', management: true },
    { path: { id } },
    options,
  )
}
