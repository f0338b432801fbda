import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { stringify } from 'yaml'
import { computeDrift, hasDrift, touchedOperations } from './compute-drift'
import { DEFAULT_SPEC_URL, fetchSpec, readSpecFile } from './fetch-spec'
import { type AffectedPackages, formatDrift } from './format-drift'
import { EMULATOR_PACKAGE, generateFiles, staleFiles } from './generate-files'
import { listOperations, operationKey, parseSpec } from './openapi-document'
import { type OperationsMap, SPEC_PATH } from './operations-map'
import type { SpecOptions } from './parse-args'
import { changesetFileName, renderChangeset } from './render-changeset'
import { readRepoSpec } from './run-generate'
import type { SpecContext } from './run-spec'
import { renderSourceNote, spliceSourceNote } from './spec-source-note'
import { writeFilesAtomically } from './write-files-atomically'

/**
 * `orsdk-spec refresh [--check]`: 0 written or unchanged, 1 drift with `--check`. Drift means an
 * operation or a component differs (parsed, so formatting alone is no drift).
 */
export async function runRefresh(root: string, options: SpecOptions, context: SpecContext): Promise<number> {
  // Upstream first: a bad answer fails before the vendored spec is even read.
  const upstream = options.fromFile
    ? await readSpecFile(resolve(context.cwd, options.fromFile))
    : await fetchSpec(options.url ?? (context.env.OPENROUTER_SPEC_URL || DEFAULT_SPEC_URL))
  const fresh = parseSpec(upstream.text, upstream.origin)
  const vendored = await readRepoSpec(root)
  const drift = computeDrift(vendored.spec, fresh)
  if (!hasDrift(drift)) {
    const schemas = Object.keys(fresh.components?.schemas ?? {}).length
    context.stdout(
      `OpenAPI spec is up to date: ${listOperations(fresh).length} operations, ${schemas} schemas`,
    )
    return 0
  }
  const generated = await generateFiles(root, fresh, vendored.map)
  const stale = staleFiles(generated)
  const affected = affectedPackages(
    root,
    vendored.map,
    stale.map((path) => generated.owners.get(path)),
    touchedOperations(drift),
  )
  context.stdout(formatDrift(drift, vendored.map, affected))
  if (options.check) return 1

  const fetchedAt = options.fetchedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  // The vendored file stays YAML, byte for byte upstream's when upstream served YAML.
  const specText = upstream.text.trimStart().startsWith('{') ? stringify(fresh) : upstream.text
  const files = new Map<string, string>([[join(root, SPEC_PATH), specText]])
  const specReadme = join(root, 'spec/README.md')
  if (existsSync(specReadme)) {
    const note = renderSourceNote(upstream.origin, fetchedAt, specText)
    files.set(specReadme, spliceSourceNote(readFileSync(specReadme, 'utf8'), note, specReadme))
  }
  for (const path of stale) files.set(path, generated.files.get(path) ?? '')
  for (const name of affected.regenerated) {
    const keys = operationsOf(vendored.map, name)
    files.set(
      join(root, '.changeset', changesetFileName(fetchedAt, name)),
      renderChangeset(name, drift, vendored.map, keys && ((key) => keys.has(key))),
    )
  }
  await writeFilesAtomically(files)
  context.stdout(`\nWrote ${[...files.keys()].map((path) => relative(root, path)).join(', ')}`)
  return 0
}

// The packages whose generated files changed, and the present hand-typed ones a touched operation maps to.
function affectedPackages(
  root: string,
  map: OperationsMap,
  owners: readonly (string | undefined)[],
  touched: ReadonlySet<string>,
): AffectedPackages {
  const regenerated = [...new Set(owners.filter((owner): owner is string => owner !== undefined))].sort()
  const review = new Map<string, string[]>()
  for (const row of map.operations) {
    const entry = row.package === undefined ? undefined : map.packages[row.package]
    const key = operationKey(row.method, row.path)
    if (!row.package || !entry || entry.types === true || !touched.has(key)) continue
    if (!existsSync(join(root, entry.dir, 'package.json'))) continue
    review.set(row.package, [...(review.get(row.package) ?? []), key])
  }
  return { regenerated, review }
}

// The operations a package's generated file covers; undefined (all of them) for the emulator.
function operationsOf(map: OperationsMap, name: string): Set<string> | undefined {
  if (name === EMULATOR_PACKAGE) return undefined
  return new Set(
    map.operations.filter((row) => row.package === name).map((row) => operationKey(row.method, row.path)),
  )
}
