import { nonEmptyString, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `sendGenerationFeedback`: which generation, and what kind of problem. */
export const feedbackSchema = (): ParamsSchema =>
  v.looseObject({
    generation_id: nonEmptyString('must be a generation id such as gen-...'),
    category: nonEmptyString('must be a category such as latency, incorrect_response or other'),
  })
