/**
 * A spec command that cannot complete: the spec or the map unreadable, upstream unreachable or
 * malformed. The CLI prints its message and exits 2; nothing on disk has changed when it is thrown.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError'
}
