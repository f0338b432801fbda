/**
 * The base id of a variant id: `x/y` for `x/y:free`, `x/y:thinking`, `x/y:nitro`. Variant suffixes
 * follow the last `:`; model slugs have none, so an id without one is returned as is.
 */
export function stripVariant(id: string): string {
  const colon = id.lastIndexOf(':')
  return colon === -1 ? id : id.slice(0, colon)
}
