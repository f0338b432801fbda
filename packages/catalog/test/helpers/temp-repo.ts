import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url))
export const CLI = join(PACKAGE_DIR, 'dist/refresh/cli.js')

/**
 * A throwaway repo layout the refresh writes to (pnpm-workspace.yaml, .changeset/,
 * packages/catalog/{data,src/snapshot}), seeded with `--from-files` from the 2026-08-19 fixtures,
 * so tests do not depend on whichever snapshot is committed today.
 */
export async function makeSeededRepo(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'orsdk-catalog-'))
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n')
  mkdirSync(join(root, '.changeset'))
  mkdirSync(join(root, 'packages/catalog'), { recursive: true })
  const fixtures = join(PACKAGE_DIR, 'test/fixtures')
  const seed = await runCli(
    ['--from-files', join(fixtures, 'models-all.json'), join(fixtures, 'providers.json'), '--root', root],
    { cwd: root },
  )
  if (seed.code !== 0) throw new Error(`seeding ${root} failed: ${seed.stderr}`)
  return root
}

export function removeTempRepo(root: string): void {
  rmSync(root, { recursive: true, force: true })
}

/** Every file under `dir` (relative path -> sha256 of its bytes), to prove a run changed nothing. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  walk(dir)
  return files
}

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the built `orsdk-catalog-refresh` bin in a child process (the server stays responsive). */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  if (!options.env?.OPENROUTER_API_KEY) delete env.OPENROUTER_API_KEY
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd, env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}
