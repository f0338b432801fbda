import type { CallOptions } from '@orsdk/transport'
import { listOperation } from '@orsdk/transport/protocol'
import { pageQuerySchema } from './internal/common-schema.js'
import type { Item, Query } from './internal/spec-types.js'

/**
 * Lists the members of the organization, `GET /organization/members`, across pages (an
 * organization account only). Management key required.
 *
 * @param params - `limit` (page size, 1 to 100), `offset` to start from.
 * @throws `OpenRouterError` while iterating: `invalid_request` for a page size or offset out of
 * range (before any I/O); `auth` without a key or with an inference key (the message says to use
 * a management key); as for any call otherwise. An abort ends the loop with its `AbortError`.
 * @example
 * ```ts
 * import { listOrganizationMembers } from '@orsdk/admin'
 * for await (const member of listOrganizationMembers({}, { apiKey: process.env.OPENROUTER_MANAGEMENT_KEY }))
 *   console.log(member.email, member.role)
 * ```
 */
export function listOrganizationMembers(
  params: Query<'listOrganizationMembers'> = {},
  options?: CallOptions,
): AsyncIterable<Item<'listOrganizationMembers'>> {
  return listOperation(
    {
      name: 'listOrganizationMembers',
      method: 'GET',
      path: '/organization/members',
      management: true,
      schema: pageQuerySchema,
    },
    { params },
    options,
  )
}
