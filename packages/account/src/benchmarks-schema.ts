import { integerFrom, type ParamsSchema } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

/** `listBenchmarks`: at least one result when a cap is given. */
export const benchmarksQuerySchema = (): ParamsSchema => v.looseObject({ max_results: integerFrom(1) })
