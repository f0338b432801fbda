import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'
import { idList } from './internal/common-schema.js'

/** `createGuardrail`: a name is required. */
export const newGuardrailSchema = (): ParamsSchema => v.looseObject({ name: nonEmptyString() })

/** `updateGuardrail`: a new name is not empty. */
export const guardrailChangesSchema = (): ParamsSchema =>
  v.looseObject({ name: v.optional(nonEmptyString()) })

/** `assignKeysToGuardrail`, `unassignKeysFromGuardrail`: at least one key hash. */
export const keyHashesSchema = (): ParamsSchema => v.looseObject({ key_hashes: idList() })

/** `assignMembersToGuardrail`, `unassignMembersFromGuardrail`: at least one user id. */
export const memberIdsSchema = (): ParamsSchema => v.looseObject({ member_user_ids: idList() })
