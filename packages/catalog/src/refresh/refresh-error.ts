/**
 * A refresh that cannot complete: upstream unreachable or malformed, files inconsistent. The CLI
 * prints its message and exits 2; nothing on disk has changed when it is thrown.
 */
export class RefreshError extends Error {
  override readonly name = 'RefreshError'
}
