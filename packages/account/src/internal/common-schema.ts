import * as v from 'valibot'

// The pieces this package's params schemas share. Every schema is a function, run when a call
// checks its params rather than at import, so a bundle keeps only the schemas of the calls it
// uses. Lean on purpose: they check what the spec requires (a field's presence, a page size or
// offset in range), never an enum, so values newer than the spec pass through.

const integer = (min: number, max: number, range: string) =>
  v.pipe(
    v.number(),
    v.integer('must be an integer'),
    v.minValue(min, `must be ${range}`),
    v.maxValue(max, `must be ${range}`),
  )

/**
 * The query of a list that pages by `offset` and `limit`: a page of 1 to `maxLimit` items, and
 * an offset up to `maxOffset` where the operation caps it.
 */
export const pageQuery = (maxLimit: number, maxOffset?: number) =>
  v.looseObject({
    offset: v.nullish(
      maxOffset === undefined
        ? integer(0, Number.MAX_SAFE_INTEGER, 'a non-negative integer')
        : integer(0, maxOffset, `0 to ${maxOffset}`),
    ),
    limit: v.optional(integer(1, maxLimit, `1 to ${maxLimit}`)),
  })
