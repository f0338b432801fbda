import { nonEmptyString, type ParamsSchema, pageQuery } from '@orsdk/transport/protocol'
import * as v from '@orsdk/transport/valibot'

// The pieces this package's params schemas share. Every schema is a function, run when a call
// checks its params rather than at import, so a bundle keeps only the schemas of the calls it
// uses. Lean on purpose: they check what the spec requires (a field's presence, an id list that is
// not empty, a page size in range), never an enum, so values newer than the spec pass through.

/** A non-empty list of non-empty strings: key hashes, user ids. */
export const idList = () => v.pipe(v.array(nonEmptyString()), v.minLength(1, 'must not be empty'))

/** The query of every list of this package: pages of at most 100. */
export const pageQuerySchema = (): ParamsSchema => pageQuery(100)
