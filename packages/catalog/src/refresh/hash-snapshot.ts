import { createHash } from 'node:crypto'
import type { StoredModel } from '../internal/stored-model'
import type { Provider } from '../model'

/**
 * sha256 hex of the normalized snapshot: `JSON.stringify({ models, providers })` of the sorted rows.
 * Capture time and source are not part of it, so an unchanged catalog keeps its hash.
 */
export function hashSnapshot(models: readonly StoredModel[], providers: readonly Provider[]): string {
  return createHash('sha256').update(JSON.stringify({ models, providers })).digest('hex')
}
