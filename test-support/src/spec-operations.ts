import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

// The repository's OpenAPI spec and operations map, read for tests that check a package against
// them: every function called once, on the path and method the spec names, answered with the
// fields the spec requires. Read once per test file (the YAML is over 1 MB).

/** One operation of `spec/operations.json` with what the spec says about it. */
export interface SpecOperation {
  method: string
  /** The spec's path template, e.g. `/keys/{hash}`. */
  path: string
  operationId: string
  functions: string[]
  /**
   * `management`: the description says "[Management key](...) required"; `none`: the answers
   * list no 401, so no key is needed; `key`: any key.
   */
  auth: 'none' | 'key' | 'management'
  /** How the list pages, from the map; absent when it does not. */
  pages?: { style: string; offset?: string; limit?: string; items: string; total?: string }
  /** Top-level fields the JSON request body must have. */
  requestRequired: string[]
  /** Top-level fields the success answer must have. */
  answerRequired: string[]
  /** Whether a request path (below `/api/v1`, still URL-encoded) falls under this template. */
  matches(requestPath: string): boolean
}

type Json = Record<string, unknown>

const MANAGEMENT_MARKER = /\[Management key\]\([^)]*\) required/
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null
const root = new URL('../../', import.meta.url)

/** The operations the map gives `packageName` (`@orsdk/admin`), in the map's order. */
export function specOperationsOf(packageName: string): SpecOperation[] {
  const map = JSON.parse(readFileSync(new URL('spec/operations.json', root), 'utf8')) as {
    operations: (Json & { method: string; path: string; operationId: string; package?: string })[]
  }
  const spec = parse(readFileSync(new URL('spec/openapi.yaml', root), 'utf8'), { maxAliasCount: -1 }) as Json
  const resolve = (schema: unknown): Json => {
    let current = schema
    for (let hops = 0; hops < 32 && isRecord(current) && typeof current.$ref === 'string'; hops++) {
      const [, , kind, name] = current.$ref.split('/')
      current = (spec.components as Record<string, Json>)[kind ?? '']?.[name ?? '']
    }
    return isRecord(current) ? current : {}
  }
  const requiredOf = (content: unknown): string[] => {
    const media = isRecord(content) ? content['application/json'] : undefined
    const required = resolve(isRecord(media) ? media.schema : undefined).required
    return Array.isArray(required) ? required.map(String) : []
  }
  return map.operations
    .filter((row) => row.package === packageName)
    .map((row) => {
      const operation = (spec.paths as Record<string, Json>)[row.path]?.[row.method.toLowerCase()] as Json
      const responses = (operation.responses ?? {}) as Record<string, Json>
      const success = Object.keys(responses).find((code) => /^2\d\d$/.test(code)) ?? '200'
      const pattern = new RegExp(`^${row.path.replace(/\{[^}]+\}/g, '[^/]+')}$`)
      return {
        method: row.method,
        path: row.path,
        operationId: row.operationId,
        functions: (row.functions ?? []) as string[],
        auth: MANAGEMENT_MARKER.test(String(operation.description ?? ''))
          ? 'management'
          : '401' in responses
            ? 'key'
            : 'none',
        pages: row.pages as SpecOperation['pages'],
        requestRequired: requiredOf((operation.requestBody as Json | undefined)?.content),
        answerRequired: requiredOf(resolve(responses[success]).content),
        matches: (requestPath: string) => pattern.test(requestPath),
      }
    })
}
