import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from 'valibot'
import { idList } from './internal/common-schema.js'

/** `createWorkspace`: a name and a slug. */
export const CreateWorkspaceParamsSchema = v.looseObject({
  name: nonEmptyString(),
  slug: nonEmptyString('must be a URL-safe slug such as my-team'),
})

/** `updateWorkspace`: a new name or slug is not empty. */
export const UpdateWorkspaceParamsSchema = v.looseObject({
  name: v.optional(nonEmptyString()),
  slug: v.optional(nonEmptyString()),
})

/** `setWorkspaceBudget`: the limit in USD. */
export const WorkspaceBudgetParamsSchema = v.looseObject({
  limit_usd: v.number('must be a number of USD'),
  include_byok_in_budgets: v.optional(v.boolean()),
})

/** `addWorkspaceMembers`, `removeWorkspaceMembers`: at least one user id. */
export const WorkspaceMembersParamsSchema = v.looseObject({ user_ids: idList() })
