import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type CoverageReport, checkCoverage } from './check-coverage'
import { buildEmulatorFixture, EMULATOR_FIXTURE_PATH, renderEmulatorFixture } from './emulator-operations'
import { listOperations, type OpenApiDocument, operationKey } from './openapi-document'
import type { OperationsMap } from './operations-map'
import { pruneSpec } from './prune-spec'
import { renderCoverageTable, spliceCoverageTable } from './render-coverage-table'
import { renderTypes } from './render-types'

/** The package that ships the emulator fixture, named in a changeset when the fixture changes. */
export const EMULATOR_PACKAGE = '@orsdk/mock-server'

/** Where a package's generated types go, relative to its folder. */
export const TYPES_FILE = 'src/generated/openapi.ts'

/** Everything `spec:generate` derives from the spec and the map, not yet written. */
export interface GeneratedFiles {
  /** Absolute path -> content. */
  readonly files: Map<string, string>
  /** Absolute path -> the package that ships it (the root README belongs to none). */
  readonly owners: Map<string, string>
  /** Packages with generated types whose folder does not exist yet: nothing is written for them. */
  readonly absent: string[]
  readonly coverage: CoverageReport
}

/**
 * Renders, for the repo at `root`: each present package's `src/generated/openapi.ts` (its
 * operations and the components they reach), the emulator's operations fixture, and the README
 * coverage table. A package whose folder does not exist is skipped and listed in `absent`.
 */
export async function generateFiles(
  root: string,
  spec: OpenApiDocument,
  map: OperationsMap,
): Promise<GeneratedFiles> {
  const files = new Map<string, string>()
  const owners = new Map<string, string>()
  const absent: string[] = []
  const operations = listOperations(spec)
  for (const [name, entry] of Object.entries(map.packages)) {
    if (entry.types !== true) continue
    if (!existsSync(join(root, entry.dir, 'package.json'))) {
      absent.push(name)
      continue
    }
    const keys = new Set(
      map.operations.filter((row) => row.package === name).map((row) => operationKey(row.method, row.path)),
    )
    const own = operations.filter((operation) => keys.has(operation.key))
    const path = join(root, entry.dir, TYPES_FILE)
    files.set(path, await renderTypes(pruneSpec(spec, own), name))
    owners.set(path, name)
  }
  const fixture = join(root, EMULATOR_FIXTURE_PATH)
  if (existsSync(join(root, 'packages/mock-server/package.json'))) {
    files.set(fixture, renderEmulatorFixture(buildEmulatorFixture(spec, map)))
    owners.set(fixture, EMULATOR_PACKAGE)
  }
  const coverage = checkCoverage(root, spec, map)
  const readme = join(root, 'README.md')
  if (existsSync(readme)) {
    files.set(
      readme,
      spliceCoverageTable(readFileSync(readme, 'utf8'), renderCoverageTable(coverage.rows), readme),
    )
  }
  return { files, owners, absent, coverage }
}

/** The generated files whose content differs from what is on disk (or that are not on disk). */
export function staleFiles(generated: GeneratedFiles): string[] {
  return [...generated.files]
    .filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text)
    .map(([path]) => path)
}
