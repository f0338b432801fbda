import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `getGenerationContent`: which generation. */
export const generationContentSchema = (): ParamsSchema =>
  v.looseObject({
    id: nonEmptyString('must be a generation id such as gen-...'),
  })
