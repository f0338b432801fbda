import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { checkCoverage } from './check-coverage'
import { generateFiles, staleFiles } from './generate-files'
import { type OpenApiDocument, parseSpec } from './openapi-document'
import { MAP_PATH, type OperationsMap, readOperationsMap, SPEC_PATH } from './operations-map'
import type { SpecContext } from './run-spec'
import { SpecError } from './spec-error'
import { writeFilesAtomically } from './write-files-atomically'

/** The vendored spec and the map of a repo. */
export async function readRepoSpec(
  root: string,
): Promise<{ spec: OpenApiDocument; text: string; map: OperationsMap }> {
  const path = join(root, SPEC_PATH)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new SpecError(`Cannot read ${path}: ${(error as Error).message}`)
  }
  return { spec: parseSpec(text, path), text, map: await readOperationsMap(join(root, MAP_PATH)) }
}

/** `orsdk-spec generate [--verify]`: 0 written or up to date, 1 stale (`--verify`). */
export async function runGenerate(root: string, verify: boolean, context: SpecContext): Promise<number> {
  const { spec, map } = await readRepoSpec(root)
  const generated = await generateFiles(root, spec, map)
  const stale = staleFiles(generated)
  const name = (path: string) => relative(root, path)
  if (generated.absent.length > 0) {
    context.stdout(`Not in the workspace yet, so no types written: ${generated.absent.join(', ')}`)
  }
  if (verify) {
    if (stale.length === 0) {
      context.stdout(`Generated files verified: ${generated.files.size} match ${SPEC_PATH} and ${MAP_PATH}`)
      return 0
    }
    context.stdout(`Generated files out of date (run \`pnpm spec:generate\`; edit none by hand):`)
    for (const path of stale) context.stdout(`- ${name(path)}`)
    return 1
  }
  await writeFilesAtomically(new Map(stale.map((path) => [path, generated.files.get(path) ?? ''])))
  context.stdout(
    stale.length === 0
      ? `Generated files are up to date (${generated.files.size})`
      : `Wrote ${stale.map(name).join(', ')}`,
  )
  for (const problem of generated.coverage.problems) context.stdout(`coverage: ${problem}`)
  return 0
}

/** `orsdk-spec coverage`: the tally and every problem; 1 when there is one. */
export async function runCoverage(root: string, context: SpecContext): Promise<number> {
  const { spec, map } = await readRepoSpec(root)
  const { rows, problems } = checkCoverage(root, spec, map)
  const count = (status: string) => rows.filter((row) => row.status === status).length
  context.stdout(
    `${rows.length} operations: ${count('covered')} covered, ${count('pending')} pending, ${count('skipped')} skipped, ${count('missing')} missing`,
  )
  for (const problem of problems) context.stdout(`- ${problem}`)
  return problems.length === 0 ? 0 : 1
}
