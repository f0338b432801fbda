import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'
import { idList } from './internal/common-schema.js'

/** `createWorkspace`: a name and a slug. */
export const newWorkspaceSchema = (): ParamsSchema =>
  v.looseObject({
    name: nonEmptyString(),
    slug: nonEmptyString('must be a URL-safe slug such as my-team'),
  })

/** `updateWorkspace`: a new name or slug is not empty. */
export const workspaceChangesSchema = (): ParamsSchema =>
  v.looseObject({
    name: v.optional(nonEmptyString()),
    slug: v.optional(nonEmptyString()),
  })

/** `setWorkspaceBudget`: the limit in USD. */
export const budgetSchema = (): ParamsSchema =>
  v.looseObject({
    limit_usd: v.number('must be a number of USD'),
    include_byok_in_budgets: v.optional(v.boolean()),
  })

/** `addWorkspaceMembers`, `removeWorkspaceMembers`: at least one user id. */
export const userIdsSchema = (): ParamsSchema => v.looseObject({ user_ids: idList() })
