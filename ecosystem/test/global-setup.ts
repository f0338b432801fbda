import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startMockServer } from '@orsdk/mock-server'
import type { TestProject } from 'vitest/node'
import { packAll } from '../scripts/pack-all.mjs'
import { CATALOG_NEXT_VERSION, SDK_PACKAGES } from './helpers/packages'
import { createProject, fileSpecs } from './helpers/temp-project'

const run = promisify(execFile)

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorUrl: string
    emulatorBaseURL: string
    tarballs: Record<string, string>
    workDir: string
    fullProject: string
    fullInstallMs: number
  }
}

// The same catalog tarball with another version: the registry would serve a later release.
async function repackCatalog(tarball: string, workDir: string): Promise<string> {
  const folder = join(workDir, 'catalog-next')
  await mkdir(folder, { recursive: true })
  await run('tar', ['-xzf', tarball, '-C', folder])
  const manifestPath = join(folder, 'package', 'package.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
  manifest.version = CATALOG_NEXT_VERSION
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`)
  const output = join(workDir, `orsdk-catalog-${CATALOG_NEXT_VERSION}.tgz`)
  await run('tar', ['-czf', output, '-C', folder, 'package'])
  return output
}

/**
 * Packs every package once per run, installs them all with npm into one shared temp project
 * (plus the catalog at a second version, aliased `catalog-next`), and starts one emulator.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tarballs = packAll()
  const workDir = await mkdtemp(join(tmpdir(), 'orsdk-ecosystem-'))
  const server = await startMockServer()
  try {
    const fullProject = join(workDir, 'full')
    const catalogNext = await repackCatalog(tarballs['@orsdk/catalog'] ?? '', workDir)
    const fullInstallMs = await createProject(fullProject, {
      ...fileSpecs(tarballs, SDK_PACKAGES),
      'catalog-next': `file:${catalogNext}`,
    })
    project.provide('emulatorUrl', server.url)
    project.provide('emulatorBaseURL', server.baseURL)
    project.provide('tarballs', tarballs)
    project.provide('workDir', workDir)
    project.provide('fullProject', fullProject)
    project.provide('fullInstallMs', fullInstallMs)
  } catch (error) {
    await server.close()
    await rm(workDir, { recursive: true, force: true })
    throw error
  }
  return async () => {
    await server.close()
    await rm(workDir, { recursive: true, force: true })
  }
}
