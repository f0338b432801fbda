import { filterDrift, type SpecDrift } from './compute-drift'
import { driftHeadline, driftLines } from './format-drift'
import type { OperationsMap } from './operations-map'

/** `.changeset/spec-refresh-<YYYY-MM-DD>-<package>.md`, dated by the fetch. */
export function changesetFileName(fetchedAt: string, packageName: string): string {
  return `spec-refresh-${fetchedAt.slice(0, 10)}-${packageName.replace(/^@[^/]+\//, '')}.md`
}

/**
 * One changeset per package whose generated files changed, naming that package alone as a patch,
 * so each changelog tells only its own package's part of the drift. `operationsOf` keeps the
 * operations a package's file covers (undefined: every operation, as for the emulator).
 */
export function renderChangeset(
  packageName: string,
  drift: SpecDrift,
  map: OperationsMap,
  operationsOf: ((operationKey: string) => boolean) | undefined,
): string {
  const own = filterDrift(drift, operationsOf)
  const lines = driftLines(own, map)
  const headline = driftHeadline(own, 'Regenerate from the refreshed OpenRouter OpenAPI spec')
  return `---\n"${packageName}": patch\n---\n\n${headline}\n${lines.length > 0 ? `\n${lines.join('\n')}\n` : ''}`
}
