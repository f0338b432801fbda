import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `createObservabilityDestination`: the type, a name and the type's config. */
export const newDestinationSchema = (): ParamsSchema =>
  v.looseObject({
    type: nonEmptyString('must be a destination type such as langfuse, datadog or webhook'),
    name: v.string(),
    config: v.looseObject({}, "must be an object: the destination type's settings"),
  })
