import type { CallOptions } from '@orsdk/transport'
import { callOperation, listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Answer, Body, Item, Query, WithDefaults } from './internal/spec-types.js'
import { newDestinationSchema } from './observability-schema.js'

/**
 * Lists the account's observability destinations (Langfuse, Datadog, webhooks, ... that
 * OpenRouter broadcasts traces to), `GET /observability/destinations`, across pages.
 * Management key required.
 *
 * @param params - `workspace_id`, `limit` (page size, 1 to 100), `offset`.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listObservabilityDestinations } from '@orsdk/admin'
 * for await (const destination of listObservabilityDestinations({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(destination.type, destination.name, destination.enabled)
 * ```
 */
export function listObservabilityDestinations(
  params: Query<'listObservabilityDestinations'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listObservabilityDestinations'>> {
  return listOperation(
    {
      name: 'listObservabilityDestinations',
      method: 'GET',
      path: '/observability/destinations',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}

/**
 * Adds an observability destination, `POST /observability/destinations`. Management key required.
 *
 * @param params - `type`, `name` and `config` (required), `sampling_rate`, `privacy_mode`,
 * `filter_rules`, `api_key_hashes`, ...
 * @throws `OpenRouterError`: `invalid_request` for a missing `type`, `name` or `config` (before
 * any I/O); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { createObservabilityDestination } from '@orsdk/admin'
 * const { data } = await createObservabilityDestination(
 *   { type: 'webhook', name: 'traces', config: { url: 'https://example.com/traces' }, sampling_rate: 0.1 },
 *   { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY },
 * )
 * console.log(data.id)
 * ```
 */
export function createObservabilityDestination(
  params: WithDefaults<
    Body<'createObservabilityDestination'>,
    | 'broadcast_generation_cost'
    | 'broadcast_generation_identity'
    | 'broadcast_generation_request_context'
    | 'enabled'
    | 'privacy_mode'
  >,
  options?: CallOptions,
): Promise<Answer<'createObservabilityDestination'>> {
  return callOperation(
    {
      name: 'createObservabilityDestination',
      method: 'POST',
      path: '/observability/destinations',
      management: true,
      schema: newDestinationSchema,
    },
    { params },
    options,
  )
}

/**
 * Reads one observability destination, `GET /observability/destinations/{id}`. Management key required.
 *
 * @param id - the destination's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * one (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { getObservabilityDestination } from '@orsdk/admin'
 * const { data } = await getObservabilityDestination('7c1e...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * console.log(data.type, data.sampling_rate)
 * ```
 */
export function getObservabilityDestination(
  id: string,
  options?: CallOptions,
): Promise<Answer<'getObservabilityDestination'>> {
  return callOperation(
    {
      name: 'getObservabilityDestination',
      method: 'GET',
      path: '/observability/destinations/{id}',
      management: true,
    },
    { path: { id } },
    options,
  )
}

/**
 * Changes an observability destination, `PATCH /observability/destinations/{id}`. Management key required.
 *
 * @param id - the destination's id, URL-encoded.
 * @param changes - only the fields to change.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * destination (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { updateObservabilityDestination } from '@orsdk/admin'
 * await updateObservabilityDestination('7c1e...', { enabled: false }, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function updateObservabilityDestination(
  id: string,
  changes: Body<'updateObservabilityDestination'>,
  options?: CallOptions,
): Promise<Answer<'updateObservabilityDestination'>> {
  return callOperation(
    {
      name: 'updateObservabilityDestination',
      method: 'PATCH',
      path: '/observability/destinations/{id}',
      management: true,
    },
    { path: { id }, params: changes },
    options,
  )
}

/**
 * Removes an observability destination, `DELETE /observability/destinations/{id}`. Management key required.
 *
 * @param id - the destination's id, URL-encoded.
 * @throws `OpenRouterError`: `invalid_request` for an empty `id` (before any I/O) or an unknown
 * destination (404); `auth` without a key or with an inference key; as for any call otherwise.
 * @example
 * ```ts
 * import { deleteObservabilityDestination } from '@orsdk/admin'
 * await deleteObservabilityDestination('7c1e...', { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY })
 * ```
 */
export function deleteObservabilityDestination(
  id: string,
  options?: CallOptions,
): Promise<Answer<'deleteObservabilityDestination'>> {
  return callOperation(
    {
      name: 'deleteObservabilityDestination',
      method: 'DELETE',
      path: '/observability/destinations/{id}',
      management: true,
    },
    { path: { id } },
    options,
  )
}
