import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { needsManagementKey } from './emulator-operations'
import { isRecord, listOperations, type OpenApiDocument, operationKey } from './openapi-document'
import type { MappedOperation, OperationsMap } from './operations-map'
import { readExportedFunctions } from './read-exports'
import { resolveSchema } from './synthesize-example'

/** Where one spec operation stands. */
export type CoverageStatus = 'covered' | 'pending' | 'skipped' | 'missing'

/** One line of the coverage table. */
export interface CoverageRow {
  key: string
  operationId: string | undefined
  package?: string
  functions: string[]
  status: CoverageStatus
  /** Why it is skipped or pending. */
  note?: string
}

/** The table, and everything that makes the coverage check fail. */
export interface CoverageReport {
  rows: CoverageRow[]
  problems: string[]
}

// The one exception to "admin = what the spec marks management-key-only": presets are the
// account's saved configuration (POST /presets/{slug}/... creates one, it runs no inference), so
// they sit with the rest of the configuration, although any key may call them.
const ADMIN_WITHOUT_MARKER = /^\/presets(\/|$)/

/**
 * Checks the map against the spec and the workspace: every spec operation is mapped once; every
 * mapped operation is in the spec; every function of a package present in `root` is exported by
 * its entry (packages absent, or marked `pending`, are reported as pending); paging names the
 * spec's own parameters; and the account/admin split follows the management-key rule.
 */
export function checkCoverage(root: string, spec: OpenApiDocument, map: OperationsMap): CoverageReport {
  const problems: string[] = []
  const mapped = new Map(map.operations.map((row) => [operationKey(row.method, row.path), row]))
  const present = (name: string) => {
    const entry = map.packages[name]
    return entry !== undefined && existsSync(join(root, entry.dir, 'package.json'))
  }
  const entryOf = (name: string) => {
    const entry = map.packages[name]
    return entry ? join(root, entry.dir, entry.entry ?? 'src/index.ts') : ''
  }
  const presentNames = Object.keys(map.packages).filter(present)
  const exports = readExportedFunctions(presentNames.map(entryOf).filter((path) => existsSync(path)))

  const rows: CoverageRow[] = []
  const specKeys = new Set<string>()
  for (const { key, operationId, operation, path } of listOperations(spec)) {
    specKeys.add(key)
    const row = mapped.get(key)
    if (row === undefined) {
      problems.push(
        `${key} (${operationId}) is in the spec but not in spec/operations.json: map it or skip it`,
      )
      rows.push({ key, operationId, functions: [], status: 'missing' })
      continue
    }
    if (row.operationId !== undefined && row.operationId !== operationId) {
      problems.push(
        `${key}: spec/operations.json says operationId ${row.operationId}, the spec ${operationId}`,
      )
    }
    problems.push(...checkPaging(spec, key, operation, row))
    problems.push(...checkSplit(key, path, operation, row))
    if (row.skip !== undefined) {
      rows.push({ key, operationId, functions: [], status: 'skipped', note: row.skip })
      continue
    }
    const name = row.package ?? ''
    const functions = row.functions ?? []
    const base = { key, operationId, package: name, functions }
    const pending = map.packages[name]?.pending
    if (!present(name)) {
      rows.push({ ...base, status: 'pending', note: `${name} is not in the workspace yet` })
      continue
    }
    const exported = exports.get(entryOf(name)) ?? new Map<string, boolean>()
    const absent = functions.filter((fn) => exported.get(fn) !== true)
    if (absent.length === 0) {
      rows.push({ ...base, status: 'covered' })
    } else if (pending !== undefined) {
      rows.push({ ...base, status: 'pending', note: pending })
    } else {
      const entry = map.packages[name]
      problems.push(
        `${key}: ${name} (${entry?.dir}/${entry?.entry ?? 'src/index.ts'}) does not export the function ${absent.join(', ')}`,
      )
      rows.push({ ...base, status: 'missing' })
    }
  }
  for (const key of mapped.keys()) {
    if (!specKeys.has(key)) problems.push(`${key} is in spec/operations.json but not in the spec: remove it`)
  }
  for (const [name, entry] of Object.entries(map.packages)) {
    const own = rows.filter((row) => row.package === name)
    if (
      entry.pending !== undefined &&
      present(name) &&
      own.length > 0 &&
      own.every((row) => row.status === 'covered')
    ) {
      problems.push(
        `${name} exports every function it covers: remove its "pending" mark in spec/operations.json`,
      )
    }
  }
  return { rows, problems }
}

function checkPaging(
  spec: OpenApiDocument,
  key: string,
  operation: Record<string, unknown>,
  row: MappedOperation,
): string[] {
  const query = new Set(
    (Array.isArray(operation.parameters) ? operation.parameters : [])
      .filter((parameter) => isRecord(parameter) && parameter.in === 'query')
      .map((parameter) => String((parameter as Record<string, unknown>).name)),
  )
  const problems: string[] = []
  if (row.pages === undefined) {
    if (query.has('offset') || query.has('cursor')) {
      problems.push(`${key} takes a paging parameter but spec/operations.json gives it no "pages"`)
    }
    return problems
  }
  const { pages } = row
  const names = pages.style === 'offset' ? [pages.offset, pages.limit] : [pages.cursor, pages.limit]
  for (const name of names) {
    if (name !== undefined && !query.has(name)) {
      problems.push(`${key}: "pages" names the query parameter ${name}, which the spec does not list`)
    }
  }
  const fields = pages.style === 'offset' ? [pages.items, pages.total] : [pages.items, pages.next]
  const answered = responseFields(spec, operation)
  for (const field of fields) {
    if (field !== undefined && !answered.has(field)) {
      problems.push(
        `${key}: "pages" names the response field ${field}, which the spec's answer does not have`,
      )
    }
  }
  return problems
}

// Top-level property names of the 2xx JSON answer, across oneOf/anyOf/allOf variants.
function responseFields(spec: OpenApiDocument, operation: Record<string, unknown>): Set<string> {
  const responses = isRecord(operation.responses) ? operation.responses : {}
  const success = Object.keys(responses).find((code) => /^2\d\d$/.test(code))
  const response = success === undefined ? undefined : responses[success]
  const content = isRecord(response) && isRecord(response.content) ? response.content : {}
  const media = content['application/json']
  const fields = new Set<string>()
  const visit = (schema: unknown, depth: number) => {
    const resolved = resolveSchema(spec, schema)
    if (!isRecord(resolved) || depth > 4) return
    if (isRecord(resolved.properties)) for (const name of Object.keys(resolved.properties)) fields.add(name)
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      const variants = resolved[key]
      if (Array.isArray(variants)) for (const variant of variants) visit(variant, depth + 1)
    }
  }
  visit(isRecord(media) ? media.schema : undefined, 0)
  return fields
}

function checkSplit(
  key: string,
  path: string,
  operation: Record<string, unknown>,
  row: MappedOperation,
): string[] {
  const management = needsManagementKey(operation)
  if (management && row.package !== '@orsdk/admin' && row.skip === undefined) {
    return [`${key} needs a management key (per the spec) but is mapped to ${row.package}, not @orsdk/admin`]
  }
  if (!management && row.package === '@orsdk/admin' && !ADMIN_WITHOUT_MARKER.test(path)) {
    return [
      `${key} works with any key (per the spec) but is mapped to @orsdk/admin: move it to @orsdk/account`,
    ]
  }
  return []
}
