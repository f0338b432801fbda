import { join, resolve } from 'node:path'
import { buildSnapshot } from './build-snapshot'
import { computeDrift, hasDrift } from './compute-drift'
import { fetchCatalog, readCatalogFiles } from './fetch-catalog'
import { findRepoRoot } from './find-repo-root'
import { formatDrift } from './format-drift'
import { parseRefreshArgs, type RefreshOptions, USAGE } from './parse-args'
import { RefreshError } from './refresh-error'
import { changesetFileName, renderChangeset } from './render-changeset'
import { renderModules } from './render-modules'
import { readSnapshot, renderDataFiles, type Snapshot } from './snapshot-files'
import { verifySnapshot } from './verify-snapshot'
import { writeFilesAtomically } from './write-files-atomically'

/** What the command reads from and writes to, injectable for tests. */
export interface RefreshContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * Runs `orsdk-catalog-refresh` with `argv` (without `node` and the script) and returns the exit
 * code: 0 done or unchanged, 1 drift (`--check`) or mismatch (`--verify`), 2 error. Errors are
 * printed to `stderr`, never thrown; on an error nothing on disk has changed.
 */
export async function runRefresh(argv: readonly string[], context: RefreshContext): Promise<number> {
  try {
    const options = parseRefreshArgs(argv)
    if (options.help) {
      context.stdout(USAGE)
      return 0
    }
    return await run(options, context)
  } catch (error) {
    const message = error instanceof RefreshError ? error.message : String((error as Error).stack ?? error)
    context.stderr(`orsdk-catalog-refresh: ${message}`)
    return 2
  }
}

async function run(options: RefreshOptions, context: RefreshContext): Promise<number> {
  const root = resolve(context.cwd, options.root ?? findRepoRoot(context.cwd))
  const dataDir = resolve(context.cwd, options.data ?? join(root, 'packages/catalog/data'))
  const modulesDir = resolve(dataDir, '../src/snapshot')

  if (options.mode === 'verify') {
    const problems = await verifySnapshot(dataDir, modulesDir)
    if (problems.length === 0) {
      context.stdout(`Snapshot verified: src/snapshot matches ${dataDir}`)
      return 0
    }
    context.stdout(
      'Snapshot mismatch: src/snapshot is generated from data/ by the refresh; edit neither by hand:',
    )
    for (const problem of problems) context.stdout(`- ${problem}`)
    return 1
  }

  const upstream = options.files
    ? await readCatalogFiles(resolve(context.cwd, options.files[0]), resolve(context.cwd, options.files[1]))
    : await fetchCatalog(context.env)
  const fetchedAt = options.fetchedAt ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  const source = options.source ?? `GET ${upstream.modelsOrigin} and GET ${upstream.providersOrigin}`
  const fresh = buildSnapshot(upstream, fetchedAt, source)
  const committed = await readSnapshot(dataDir)
  const drift = computeDrift(committed ?? { models: [], providers: [] }, fresh)
  const unchanged = committed !== undefined && !hasDrift(drift) && committed.info.hash === fresh.info.hash

  if (unchanged) {
    context.stdout(`Catalog snapshot is up to date: ${describe(fresh)}`)
    return 0
  }
  const summary = committed ? formatDrift(drift) : `Initial snapshot: ${describe(fresh)}`
  context.stdout(summary)
  if (options.mode === 'check') return 1

  const files = new Map<string, string>()
  for (const [name, text] of renderDataFiles(fresh)) files.set(join(dataDir, name), text)
  for (const [name, text] of renderModules(fresh.models, fresh.providers, fresh.info)) {
    files.set(join(modulesDir, name), text)
  }
  // The first snapshot is part of the package's own first release; later ones release it alone.
  const changeset = committed ? join(root, '.changeset', changesetFileName(fetchedAt)) : undefined
  if (changeset) files.set(changeset, renderChangeset(formatDrift(drift)))
  await writeFilesAtomically(files)
  context.stdout(`\nWrote ${dataDir} and ${modulesDir}${changeset ? ` and ${changeset}` : ''}`)
  return 0
}

function describe(snapshot: Snapshot): string {
  const { modelCount, providerCount, hash } = snapshot.info
  return `${modelCount} models, ${providerCount} providers, sha256 ${hash.slice(0, 12)}`
}
