import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Flags for every npm install here: no network chatter beyond what resolving needs. */
export const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']

/**
 * Creates `dir` with a private package.json listing `dependencies` (name -> spec, usually
 * `file:<tarball>`) and installs it with plain npm, the way a user installs from the registry.
 */
export async function createProject(dir: string, dependencies: Record<string, string>): Promise<number> {
  await mkdir(dir, { recursive: true })
  const manifest = { name: 'orsdk-ecosystem-probe', private: true, version: '0.0.0', dependencies }
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const started = performance.now()
  await run('npm', ['install', ...NPM_FLAGS], { cwd: dir, maxBuffer: 16 * 1024 * 1024 })
  return performance.now() - started
}

/** `file:` specs for the given package names out of the packed tarballs. */
export function fileSpecs(tarballs: Record<string, string>, names: string[]): Record<string, string> {
  const specs: Record<string, string> = {}
  for (const name of names) {
    const tarball = tarballs[name]
    if (tarball === undefined) throw new Error(`no tarball for ${name}: is the package built?`)
    specs[name] = `file:${tarball}`
  }
  return specs
}
