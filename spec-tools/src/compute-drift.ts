import { collectRefs } from './collect-refs'
import { isRecord, listOperations, type OpenApiDocument } from './openapi-document'

/** An operation named by its key (`GET /keys`) and operationId. */
export interface OperationName {
  readonly key: string
  readonly operationId: string | undefined
}

/** A component (schema, parameter, ...) that was added, removed or changed. */
export interface ComponentChange {
  /** `Workspace` for a schema, `<kind>/<name>` for other components. */
  readonly name: string
  readonly change: 'added' | 'removed' | 'changed'
  /** Keys of the operations that reach it through `$ref`, in either spec. */
  readonly reachedBy: readonly string[]
}

/** Everything that differs between the vendored spec and a fresh one. */
export interface SpecDrift {
  readonly added: readonly OperationName[]
  readonly removed: readonly OperationName[]
  /** Operations whose own object (parameters, bodies, descriptions, inline schemas) changed. */
  readonly changed: readonly OperationName[]
  readonly components: readonly ComponentChange[]
}

/** Compares two specs operation by operation (method + path) and component by component. */
export function computeDrift(before: OpenApiDocument, after: OpenApiDocument): SpecDrift {
  const oldOperations = new Map(listOperations(before).map((operation) => [operation.key, operation]))
  const newOperations = new Map(listOperations(after).map((operation) => [operation.key, operation]))
  const name = ({ key, operationId }: OperationName): OperationName => ({ key, operationId })
  const changed = [...newOperations.values()].filter((operation) => {
    const old = oldOperations.get(operation.key)
    return old !== undefined && canonicalJson(old.operation) !== canonicalJson(operation.operation)
  })

  const reach = new Map<string, Set<string>>()
  for (const [spec, operations] of [
    [before, oldOperations],
    [after, newOperations],
  ] as const) {
    for (const operation of operations.values()) {
      for (const component of collectRefs(spec, operation.operation).keys()) {
        if (!reach.has(component)) reach.set(component, new Set())
        reach.get(component)?.add(operation.key)
      }
    }
  }
  const components: ComponentChange[] = []
  const oldComponents = flattenComponents(before)
  const newComponents = flattenComponents(after)
  for (const key of new Set([...oldComponents.keys(), ...newComponents.keys()])) {
    const old = oldComponents.get(key)
    const fresh = newComponents.get(key)
    const change =
      old === undefined ? 'added' : fresh === undefined ? 'removed' : old !== fresh ? 'changed' : undefined
    if (change === undefined) continue
    const reachedBy = [...(reach.get(key) ?? [])].sort()
    components.push({
      name: key.startsWith('schemas/') ? key.slice('schemas/'.length) : key,
      change,
      reachedBy,
    })
  }
  return {
    added: [...newOperations.values()].filter((operation) => !oldOperations.has(operation.key)).map(name),
    removed: [...oldOperations.values()].filter((operation) => !newOperations.has(operation.key)).map(name),
    changed: changed.map(name),
    components: components.sort((a, b) => a.name.localeCompare(b.name)),
  }
}

/** Whether a drift has anything in it. */
export function hasDrift(drift: SpecDrift): boolean {
  return drift.added.length + drift.removed.length + drift.changed.length + drift.components.length > 0
}

/** The keys of every operation a drift touches: added, removed, changed, or reaching a changed component. */
export function touchedOperations(drift: SpecDrift): Set<string> {
  return new Set([
    ...drift.added.map((operation) => operation.key),
    ...drift.removed.map((operation) => operation.key),
    ...drift.changed.map((operation) => operation.key),
    ...drift.components.flatMap((component) => component.reachedBy),
  ])
}

// `kind/name` -> canonical JSON of every component of the spec.
function flattenComponents(spec: OpenApiDocument): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [kind, entries] of Object.entries(spec.components ?? {})) {
    if (!isRecord(entries)) continue
    for (const [name, value] of Object.entries(entries)) flat.set(`${kind}/${name}`, canonicalJson(value))
  }
  return flat
}

/** JSON with object keys sorted, so two parses of the same content compare equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}

/** The part of a drift about some operations only (all of it when `include` is undefined). */
export function filterDrift(
  drift: SpecDrift,
  include: ((operationKey: string) => boolean) | undefined,
): SpecDrift {
  if (include === undefined) return drift
  const keep = (operation: OperationName) => include(operation.key)
  return {
    added: drift.added.filter(keep),
    removed: drift.removed.filter(keep),
    changed: drift.changed.filter(keep),
    components: drift.components
      .filter((component) => component.reachedBy.some(include))
      .map((component) => ({ ...component, reachedBy: component.reachedBy.filter(include) })),
  }
}
