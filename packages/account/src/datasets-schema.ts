import { type ParamsSchema, pageQuery } from '@orsdk/transport/protocol'

/** `listAppRankings`: pages of 1 to 100 apps, an offset of at most 100. */
export const appRankingsQuerySchema = (): ParamsSchema => pageQuery(100, 100)

/** `listSessionCosts`: pages of 1 to 500 cells, an offset of at most 5000. */
export const sessionCostsQuerySchema = (): ParamsSchema => pageQuery(500, 5000)
