import { nonEmptyString } from '@orsdk/transport/protocol'
import * as v from 'valibot'

/** `createByokKey`: the provider and its key. */
export const CreateByokKeyParamsSchema = v.looseObject({
  provider: nonEmptyString('must be a provider slug such as openai'),
  key: nonEmptyString("must be the provider's API key"),
})

/** `updateByokKey`: a replacement key is not empty. */
export const UpdateByokKeyParamsSchema = v.looseObject({ key: v.optional(nonEmptyString()) })
