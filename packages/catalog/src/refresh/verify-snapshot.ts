import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hashSnapshot } from './hash-snapshot'
import { RefreshError } from './refresh-error'
import { renderModules } from './render-modules'
import { DATA_FILES, readSnapshot } from './snapshot-files'

/**
 * Checks, without network, that the committed TS modules are exactly what `data/` generates and
 * that `data/snapshot.json` matches the rows (hash and counts). Returns the problems found.
 */
export async function verifySnapshot(dataDir: string, modulesDir: string): Promise<string[]> {
  const snapshot = await readSnapshot(dataDir)
  if (!snapshot) throw new RefreshError(`No snapshot in ${dataDir} (${DATA_FILES.models} is missing)`)
  const problems: string[] = []
  const { info, models, providers } = snapshot
  const hash = hashSnapshot(models, providers)
  if (info.hash !== hash) problems.push(`${DATA_FILES.info}: hash ${info.hash} but the rows hash to ${hash}`)
  if (info.modelCount !== models.length) {
    problems.push(`${DATA_FILES.info}: modelCount ${info.modelCount} but ${models.length} models`)
  }
  if (info.providerCount !== providers.length) {
    problems.push(`${DATA_FILES.info}: providerCount ${info.providerCount} but ${providers.length} providers`)
  }
  for (const [name, expected] of renderModules(models, providers, info)) {
    const path = join(modulesDir, name)
    const actual = await readFile(path, 'utf8').catch(() => undefined)
    if (actual === undefined) problems.push(`${path} is missing`)
    else if (actual !== expected) problems.push(`${path} differs from what ${dataDir} generates`)
  }
  return problems
}
