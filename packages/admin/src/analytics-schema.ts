import type { ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `queryAnalytics`: at least one metric. */
export const analyticsQuerySchema = (): ParamsSchema =>
  v.looseObject({
    metrics: v.pipe(
      v.array(v.string(), 'must be an array of metric names (see getAnalyticsMeta)'),
      v.minLength(1, 'must name at least one metric'),
    ),
  })
