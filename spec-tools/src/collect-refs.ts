import { isRecord, type OpenApiDocument } from './openapi-document'

/** A component a `$ref` names: `#/components/<kind>/<name>`. */
export interface ComponentRef {
  readonly kind: string
  readonly name: string
}

const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)$/

/**
 * Every component `value` reaches through `$ref`, transitively, as `kind/name` keys in first-seen
 * order. A `$ref` to a component the spec lacks is kept (the generator then fails loudly on it).
 */
export function collectRefs(spec: OpenApiDocument, value: unknown): Map<string, ComponentRef> {
  const found = new Map<string, ComponentRef>()
  const pending: unknown[] = [value]
  while (pending.length > 0) {
    const current = pending.pop()
    if (Array.isArray(current)) {
      pending.push(...current)
      continue
    }
    if (!isRecord(current)) continue
    const ref = current.$ref
    if (typeof ref === 'string') {
      const match = COMPONENT_REF.exec(ref)
      if (match) {
        const kind = unescapePointer(match[1] ?? '')
        const name = unescapePointer(match[2] ?? '')
        const key = `${kind}/${name}`
        if (!found.has(key)) {
          found.set(key, { kind, name })
          pending.push(spec.components?.[kind]?.[name])
        }
      }
    }
    for (const child of Object.values(current)) pending.push(child)
  }
  return found
}

// JSON pointer escapes (RFC 6901): ~1 is '/', ~0 is '~'.
function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}
