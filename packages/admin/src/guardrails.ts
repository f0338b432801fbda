import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { guardrailChangesSchema, newGuardrailSchema } from './guardrails-schema.js'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query } from './internal/spec-types.js'

/**
 * Lists the account's guardrails, `GET /guardrails`, one at a time across pages. Management key
 * required.
 *
 * @param params - `workspace_id`, `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a `limit` or `offset` out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listGuardrails } from '@orsdk/admin'
 * for await (const guardrail of listGuardrails({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(guardrail.id, guardrail.name, guardrail.limit_usd)
 * ```
 */
export function listGuardrails(
  params: Query<'listGuardrails'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listGuardrails'>> {
  return listOperation(
    { name: 'listGuardrails', method: 'GET', path: '/guardrails', management: true, schema: pageQuerySchema },
    { params },
    options,
  )
}

/**
 * Creates a guardrail, `POST /guardrails`: a spending limit, allowed or ignored models and
 * providers, zero-data-retention and training rules, content filters. Management key required.
 *
 * @param params - `name` (required) and the rules.
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `name` (before any I/O);
 * `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { createGuardrail } from '@orsdk/admin'
 * const { data } = await createGuardrail(
 *   { name: 'no training', enable_paid_model_training: false, limit_usd: 50, reset_interval: 'monthly' },
 *   { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY },
 * )
 * console.log(data.id)
 * ```
 */
export function createGuardrail(
  params: Body<'createGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'createGuardrail'>> {
  return callOperation(
    {
      name: 'createGuardrail',
      method: 'POST',
      path: '/guardrails',
      management: true,
      schema: newGuardrailSchema,
    },
    { params },
    options,
  )
}

/**
 * Reads one guardrail, `GET /guardrails/{id}`. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * one (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getGuardrail } from '@orsdk/admin'
 * const { data } = await getGuardrail('550e8400-e29b-41d4-a716-446655440000', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.name, data.allowed_models)
 * ```
 */
export function getGuardrail(id: string, options?: CallOptions): Promise<Answer<'getGuardrail'>> {
  return callOperation(
    { name: 'getGuardrail', method: 'GET', path: '/guardrails/{id}', management: true },
    { path: { id } },
    options,
  )
}

/**
 * Changes a guardrail, `PATCH /guardrails/{id}`. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @param changes - only the fields to change.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` or `name` (before any I/O) or an
 * unknown guardrail (404); `auth` without a key or with an inference key; as for any call.
 * @example
 * ```ts
 * import { updateGuardrail } from '@orsdk/admin'
 * await updateGuardrail('550e8400-...', { limit_usd: 100 }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function updateGuardrail(
  id: string,
  changes: Body<'updateGuardrail'>,
  options?: CallOptions,
): Promise<Answer<'updateGuardrail'>> {
  return callOperation(
    {
      name: 'updateGuardrail',
      method: 'PATCH',
      path: '/guardrails/{id}',
      management: true,
      schema: guardrailChangesSchema,
    },
    { path: { id }, params: changes },
    options,
  )
}

/**
 * Deletes a guardrail, `DELETE /guardrails/{id}`. Management key required.
 *
 * @param id - the guardrail's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * guardrail (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { deleteGuardrail } from '@orsdk/admin'
 * const { deleted } = await deleteGuardrail('550e8400-...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteGuardrail(id: string, options?: CallOptions): Promise<Answer<'deleteGuardrail'>> {
  return callOperation(
    { name: 'deleteGuardrail', method: 'DELETE', path: '/guardrails/{id}', management: true },
    { path: { id } },
    options,
  )
}
