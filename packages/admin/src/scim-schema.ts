import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

const role = () => nonEmptyString('must be a workspace role such as admin or member')

/** `createScimGroupMapping`: the SCIM group, the workspace and the role it grants. */
export const newMappingSchema = (): ParamsSchema =>
  v.looseObject({
    scim_group_id: nonEmptyString(),
    workspace_id: nonEmptyString(),
    role: role(),
  })

/** `updateScimGroupMapping`: the new role. */
export const mappingChangesSchema = (): ParamsSchema => v.looseObject({ role: role() })

/** `deleteScimGroupMapping`: whether the members the mapping granted stay (no default, on purpose). */
export const mappingDeletionSchema = (): ParamsSchema =>
  v.looseObject({
    keep_members: v.union(
      [v.boolean(), v.picklist(['true', 'false'])],
      'must be true (keep the members) or false (remove them): the API has no default',
    ),
  })
