import { integerFrom } from '@orsdk/transport/protocol'
import * as v from 'valibot'

/** `listBenchmarks`: at least one result when a cap is given. */
export const BenchmarksParamsSchema = v.looseObject({ max_results: integerFrom(1) })
