import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes every file to a temporary name beside its target first, then renames them all into place.
 * If any write fails, the temporaries are removed and no target has changed.
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string>): Promise<void> {
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  const written: string[] = []
  try {
    for (const [path, content] of files) {
      await mkdir(dirname(path), { recursive: true })
      written.push(path)
      await writeFile(path + suffix, content)
    }
  } catch (error) {
    await Promise.all(written.map((path) => rm(path + suffix, { force: true })))
    throw error
  }
  for (const path of written) await rename(path + suffix, path)
}
