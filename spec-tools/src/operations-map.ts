import { readFile } from 'node:fs/promises'
import { isRecord, operationKey } from './openapi-document'
import { SpecError } from './spec-error'

/** How a list operation pages, named after the spec's own parameters and response fields. */
export type Paging =
  | { style: 'offset'; offset: string; limit?: string; items: string; total?: string }
  | { style: 'cursor'; cursor: string; limit?: string; items: string; next: string }

/** One row of `spec/operations.json`: a spec operation, and what covers it or why nothing does. */
export interface MappedOperation {
  method: string
  path: string
  operationId?: string
  /** The package whose functions call this operation. */
  package?: string
  /** The exported functions that call it (a buffered and a streaming one share an operation). */
  functions?: string[]
  /** Why no function covers it; exclusive with `package`. */
  skip?: string
  pages?: Paging
}

/** A package the map names. */
export interface MappedPackage {
  /** The package folder, relative to the repo root. */
  dir: string
  /** The module whose exports cover the operations, relative to `dir`; default `src/index.ts`. */
  entry?: string
  /** Whether `spec:generate` writes `<dir>/src/generated/openapi.ts` for it. */
  types?: boolean
  /** Why the package exists but its functions are not written yet: they are reported, not failed. */
  pending?: string
}

/** The whole of `spec/operations.json`. */
export interface OperationsMap {
  packages: Record<string, MappedPackage>
  operations: MappedOperation[]
}

/** Where the map and the spec live, relative to the repo root. */
export const MAP_PATH = 'spec/operations.json'
export const SPEC_PATH = 'spec/openapi.yaml'

/** Reads and checks the shape of the map; throws {@link SpecError} naming the bad row. */
export async function readOperationsMap(path: string): Promise<OperationsMap> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new SpecError(`Cannot read ${path}: ${(error as Error).message}`)
  }
  return checkOperationsMap(value, path)
}

/** Checks an already parsed map (see {@link readOperationsMap}). */
export function checkOperationsMap(value: unknown, origin: string): OperationsMap {
  const fail = (where: string, why: string): never => {
    throw new SpecError(`${origin}: ${where} ${why}`)
  }
  if (!isRecord(value) || !isRecord(value.packages) || !Array.isArray(value.operations)) {
    return fail('the top level', 'must be {"packages": {...}, "operations": [...]}')
  }
  for (const [name, entry] of Object.entries(value.packages)) {
    if (!isRecord(entry) || typeof entry.dir !== 'string') fail(`packages["${name}"]`, 'needs a "dir" string')
  }
  const seen = new Set<string>()
  for (const [index, row] of (value.operations as unknown[]).entries()) {
    const where = `operations[${index}]`
    if (!isRecord(row) || typeof row.method !== 'string' || typeof row.path !== 'string') {
      fail(where, 'needs "method" and "path" strings')
      continue
    }
    const key = operationKey(row.method, row.path)
    if (seen.has(key)) fail(where, `maps ${key} a second time`)
    seen.add(key)
    const hasSkip = typeof row.skip === 'string' && row.skip.trim() !== ''
    const hasPackage = typeof row.package === 'string'
    if (hasSkip === hasPackage)
      fail(`${where} (${key})`, 'needs either "package" + "functions" or a "skip" reason')
    if (hasPackage) {
      if (!isRecord(value.packages) || !(String(row.package) in value.packages)) {
        fail(`${where} (${key})`, `names package ${row.package}, which "packages" does not list`)
      }
      const functions = row.functions
      if (!Array.isArray(functions) || functions.length === 0 || !functions.every(isIdentifier)) {
        fail(`${where} (${key})`, 'needs "functions": a non-empty list of function names')
      }
    }
  }
  return value as unknown as OperationsMap
}

function isIdentifier(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Za-z_$][\w$]*$/.test(value)
}
