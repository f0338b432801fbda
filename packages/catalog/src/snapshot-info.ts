import { SNAPSHOT_META } from './snapshot/snapshot-meta'

/** Where the embedded snapshot came from, and its content hash. */
export interface SnapshotInfo {
  /** ISO 8601 time of the capture. */
  readonly fetchedAt: string
  /** What was captured, e.g. the URLs fetched. */
  readonly source: string
  readonly modelCount: number
  readonly providerCount: number
  /** sha256 hex of the normalized snapshot (models and providers), computed at refresh time. */
  readonly hash: string
}

/**
 * Describes the embedded snapshot: capture time, source, counts and content hash. No parsing.
 *
 * @example
 * ```ts
 * import { snapshotInfo } from '@orsdk/catalog'
 * const { fetchedAt, modelCount } = snapshotInfo()
 * console.log(`catalog of ${fetchedAt}: ${modelCount} models`)
 * ```
 */
export function snapshotInfo(): SnapshotInfo {
  return { ...SNAPSHOT_META }
}
