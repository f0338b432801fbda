import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoredModel } from '../internal/stored-model'
import type { Provider } from '../model'
import type { SnapshotInfo } from '../snapshot-info'
import { RefreshError } from './refresh-error'

/** A normalized snapshot: sorted rows plus what `snapshotInfo()` reports. */
export interface Snapshot {
  readonly models: readonly StoredModel[]
  readonly providers: readonly Provider[]
  readonly info: SnapshotInfo
}

/** File names under `packages/catalog/data/`. */
export const DATA_FILES = {
  models: 'models.json',
  providers: 'providers.json',
  info: 'snapshot.json',
} as const

/**
 * Renders the reviewable data files: pretty JSON, one value per line, so a refresh diff reads
 * model by model.
 */
export function renderDataFiles(snapshot: Snapshot): Map<string, string> {
  const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
  return new Map([
    [DATA_FILES.models, pretty(snapshot.models)],
    [DATA_FILES.providers, pretty(snapshot.providers)],
    [DATA_FILES.info, pretty(snapshot.info)],
  ])
}

/** Reads the committed snapshot from `dataDir`; `undefined` when there is none yet. */
export async function readSnapshot(dataDir: string): Promise<Snapshot | undefined> {
  const models = await readJson<StoredModel[]>(join(dataDir, DATA_FILES.models))
  if (models === undefined) return undefined
  const providers = (await readJson<Provider[]>(join(dataDir, DATA_FILES.providers))) ?? []
  const info = await readJson<SnapshotInfo>(join(dataDir, DATA_FILES.info))
  if (!info) throw new RefreshError(`${join(dataDir, DATA_FILES.info)} is missing`)
  return { models, providers, info }
}

async function readJson<T>(path: string): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    return JSON.parse(text) as T
  } catch (error) {
    throw new RefreshError(`${path} is not valid JSON: ${(error as Error).message}`)
  }
}
