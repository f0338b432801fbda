import type { ComponentChange, OperationName, SpecDrift } from './compute-drift'
import type { OperationsMap } from './operations-map'

/** Which packages a drift reaches, as the refresh found them. */
export interface AffectedPackages {
  /** Packages whose generated files changed: the changesets name these, and only these. */
  readonly regenerated: readonly string[]
  /** Hand-typed packages (no generated types) with a touched operation: to review by hand. */
  readonly review: ReadonlyMap<string, readonly string[]>
}

/**
 * The headline a drift is summed up by, in the changeset and the PR:
 * `Refresh OpenAPI spec: 1 operation added, 1 removed, 2 changed, 1 schema changed`.
 */
export function driftHeadline(drift: SpecDrift, subject = 'Refresh OpenAPI spec'): string {
  const components = (change: ComponentChange['change']) =>
    drift.components.filter((component) => component.change === change).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts: string[] = []
  const operationCounts = [
    [drift.added.length, 'added'],
    [drift.removed.length, 'removed'],
    [drift.changed.length, 'changed'],
  ] as const
  for (const [n, what] of operationCounts) {
    if (n > 0) parts.push(parts.length === 0 ? `${plural(n, 'operation')} ${what}` : `${n} ${what}`)
  }
  const schemaStart = parts.length
  for (const what of ['added', 'removed', 'changed'] as const) {
    const n = components(what)
    if (n > 0) parts.push(parts.length === schemaStart ? `${plural(n, 'schema')} ${what}` : `${n} ${what}`)
  }
  return `${subject}: ${parts.length > 0 ? parts.join(', ') : 'no changes'}`
}

/**
 * One Markdown list line per added, removed or changed operation (with the package and functions
 * that cover it) and per changed component (with the operations that reach it).
 */
export function driftLines(drift: SpecDrift, map: OperationsMap): string[] {
  const rows = new Map(map.operations.map((row) => [`${row.method.toUpperCase()} ${row.path}`, row]))
  const covered = (operation: OperationName) => {
    const row = rows.get(operation.key)
    if (row === undefined) return 'not in spec/operations.json yet: map it to a function or skip it'
    if (row.skip !== undefined) return 'skipped'
    return `${row.package} ${(row.functions ?? []).map((name) => `\`${name}\``).join(', ')}`
  }
  const named = (operation: OperationName) =>
    `\`${operation.key}\` (${operation.operationId ?? 'no operationId'})`
  const component = (change: ComponentChange) => {
    const reached = change.reachedBy.map((key) => `\`${key}\``).join(', ')
    return `- schema ${change.change} \`${change.name}\`${reached === '' ? '' : `: reached by ${reached}`}`
  }
  return [
    ...drift.added.map((operation) => `- added ${named(operation)}: ${covered(operation)}`),
    ...drift.removed.map((operation) => `- removed ${named(operation)}: was ${covered(operation)}`),
    ...drift.changed.map((operation) => `- changed ${named(operation)}: ${covered(operation)}`),
    ...drift.components.map(component),
  ]
}

/** The whole report: headline, the lines, then which packages it reaches. */
export function formatDrift(drift: SpecDrift, map: OperationsMap, affected?: AffectedPackages): string {
  const sections = [driftHeadline(drift), driftLines(drift, map).join('\n')]
  if (affected !== undefined) {
    const names = affected.regenerated.map((name) => `\`${name}\``).join(', ')
    const review = [...affected.review].map(
      ([name, keys]) => `\`${name}\` (${keys.map((key) => `\`${key}\``).join(', ')})`,
    )
    const lines = [`Packages whose generated files changed: ${names || 'none'}`]
    if (review.length > 0) lines.push(`Hand-typed packages to review: ${review.join(', ')}`)
    sections.push(lines.join('\n'))
  }
  return sections.filter((section) => section !== '').join('\n\n')
}
