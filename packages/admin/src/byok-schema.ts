import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `createByokKey`: the provider and its key. */
export const newByokKeySchema = (): ParamsSchema =>
  v.looseObject({
    provider: nonEmptyString('must be a provider slug such as openai'),
    key: nonEmptyString("must be the provider's API key"),
  })

/** `updateByokKey`: a replacement key is not empty. */
export const byokKeyChangesSchema = (): ParamsSchema => v.looseObject({ key: v.optional(nonEmptyString()) })
