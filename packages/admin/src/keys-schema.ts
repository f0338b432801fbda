import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `createKey`: a name is required. */
export const newKeySchema = (): ParamsSchema =>
  v.looseObject({
    name: nonEmptyString('must be a string naming the key'),
    limit: v.nullish(v.number('must be a number of USD, or null for no limit')),
  })

/** `updateKey`: a new limit is a number of USD or null. */
export const keyChangesSchema = (): ParamsSchema =>
  v.looseObject({
    limit: v.nullish(v.number('must be a number of USD, or null for no limit')),
  })
