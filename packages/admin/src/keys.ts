import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'
import { keyChangesSchema, newKeySchema } from './keys-schema.js'

/**
 * Lists the account's API keys, `GET /keys`, one key at a time across pages. Management
 * key required.
 *
 * @param params - `include_disabled` (`'true'`), `workspace_id` (default: the default
 * workspace), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for bad params (before any I/O);
 * `auth` without a key or with an inference key (the message says to use a management key);
 * `rate_limit`, `server`, `timeout`, `transport` as for any call. An abort ends the loop with
 * its `AbortError`.
 * @example
 * ```ts
 * import { listKeys } from '@orsdk/admin'
 * for await (const key of listKeys({ include_disabled: 'true' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(key.hash, key.name, key.usage)
 * ```
 */
export function listKeys(params: Query<'list'> = {}, options?: CallOptions): AsyncIterable<Item<'list'>> {
  return listOperation(
    { name: 'listKeys', method: 'GET', path: '/keys', management: true, schema: pageQuerySchema },
    { params },
    options,
  )
}

/**
 * Creates an API key, `POST /keys`. The answer's `key` is the secret, shown this once; `data`
 * describes it (its `hash` is the id the other key functions take). Management key required.
 *
 * @param params - `name` (required), `limit` in USD, `limit_reset`, `expires_at`, `workspace_id`, ...
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `name` (before any I/O);
 * `auth` without a key or with an inference key (the message says to use a management key);
 * `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { createKey } from '@orsdk/admin'
 * const { data, key } = await createKey({ name: 'customer-42', limit: 10, limit_reset: 'monthly' }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.hash, key) // hand `key` to the customer; keep `data.hash` to manage it
 * ```
 */
export function createKey(params: Body<'createKeys'>, options?: CallOptions): Promise<Answer<'createKeys'>> {
  return callOperation(
    { name: 'createKey', method: 'POST', path: '/keys', management: true, schema: newKeySchema },
    { params },
    options,
  )
}

/**
 * Reads one API key by its hash, `GET /keys/{hash}`: limits, usage, workspace. Management key required.
 *
 * @param hash - the key's `hash` (from `listKeys` or `createKey`), URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `hash` (before any I/O) or an unknown
 * one (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getKey } from '@orsdk/admin'
 * const { data } = await getKey('f01d5260...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.name, data.limit_remaining, data.disabled)
 * ```
 */
export function getKey(hash: string, options?: CallOptions): Promise<Answer<'getKey'>> {
  return callOperation(
    { name: 'getKey', method: 'GET', path: '/keys/{hash}', management: true },
    { path: { hash } },
    options,
  )
}

/**
 * Changes an API key, `PATCH /keys/{hash}`: its name, limit, limit reset, or `disabled`.
 * Management key required.
 *
 * @param hash - the key's `hash`, URL-encoded.
 * @param changes - only the fields to change.
 * @throws `OpenRouterError`: `invalid_request` for an empty `hash` or a bad `limit` (before any
 * I/O) or an unknown key (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { updateKey } from '@orsdk/admin'
 * const { data } = await updateKey('f01d5260...', { disabled: true }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.disabled) // true
 * ```
 */
export function updateKey(
  hash: string,
  changes: Body<'updateKeys'>,
  options?: CallOptions,
): Promise<Answer<'updateKeys'>> {
  return callOperation(
    {
      name: 'updateKey',
      method: 'PATCH',
      path: '/keys/{hash}',
      management: true,
      schema: keyChangesSchema,
    },
    { path: { hash }, params: changes },
    options,
  )
}

/**
 * Deletes an API key, `DELETE /keys/{hash}`; requests with it fail from then on. Management key required.
 *
 * @param hash - the key's `hash`, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `hash` (before any I/O) or an unknown
 * key (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { deleteKey } from '@orsdk/admin'
 * const { deleted } = await deleteKey('f01d5260...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteKey(hash: string, options?: CallOptions): Promise<Answer<'deleteKeys'>> {
  return callOperation(
    { name: 'deleteKey', method: 'DELETE', path: '/keys/{hash}', management: true },
    { path: { hash } },
    options,
  )
}
