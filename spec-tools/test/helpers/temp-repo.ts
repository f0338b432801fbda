import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url))
export const REPO_ROOT = join(PACKAGE_DIR, '..')
export const CLI = join(PACKAGE_DIR, 'dist/cli.js')

/** The vendored spec's text, as committed. */
export const SPEC_TEXT = readFileSync(join(REPO_ROOT, 'spec/openapi.yaml'), 'utf8')

const README = `# probe

<!-- coverage:start -->
<!-- coverage:end -->
`
const SPEC_README = `# spec

<!-- spec-source:start -->
seeded
<!-- spec-source:end -->
`

const seeded = new Map<string, string>()

/**
 * A throwaway repo the spec tools write to: the real spec and map, READMEs with their markers,
 * the package.json of the packages given (default: account, admin, mock-server), seeded with
 * `generate` so tests start from files that match the spec. Seeding runs once per package set
 * and test file; each call gets its own copy.
 */
export async function makeSeededRepo(packages = ['account', 'admin', 'mock-server']): Promise<string> {
  const key = packages.join(',')
  let template = seeded.get(key)
  if (template === undefined) {
    template = await seedRepo(packages)
    seeded.set(key, template)
    const remove = template
    process.once('exit', () => removeTempRepo(remove))
  }
  const root = mkdtempSync(join(tmpdir(), 'orsdk-spec-'))
  cpSync(template, root, { recursive: true })
  return root
}

async function seedRepo(packages: readonly string[]): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'orsdk-spec-seed-'))
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n')
  mkdirSync(join(root, '.changeset'))
  mkdirSync(join(root, 'spec'))
  writeFileSync(join(root, 'spec/openapi.yaml'), SPEC_TEXT)
  copyFileSync(join(REPO_ROOT, 'spec/operations.json'), join(root, 'spec/operations.json'))
  writeFileSync(join(root, 'spec/README.md'), SPEC_README)
  writeFileSync(join(root, 'README.md'), README)
  for (const name of packages) copyManifest(root, name)
  const seed = await runCli(['generate', '--root', root], { cwd: root })
  if (seed.code !== 0) throw new Error(`seeding ${root} failed: ${seed.stderr}`)
  return root
}

/** Copies a real package's package.json into the temp repo. */
export function copyManifest(root: string, name: string): void {
  const target = join(root, 'packages', name, 'package.json')
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(join(REPO_ROOT, 'packages', name, 'package.json'), target)
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

/** Runs the built `orsdk-spec` bin in a child process (a loopback server in the test stays responsive). */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  if (!options.env?.OPENROUTER_SPEC_URL) delete env.OPENROUTER_SPEC_URL
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: options.cwd, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}
