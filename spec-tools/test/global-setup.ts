import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CLI, PACKAGE_DIR } from './helpers/temp-repo'

// The CLI tests run the built bin. `turbo run test` builds first; a bare `vitest run` rebuilds here
// when dist is missing or older than src.
export default function setup(): void {
  const built = existsSync(CLI) ? statSync(CLI).mtimeMs : 0
  if (newest(join(PACKAGE_DIR, 'src')) > built) {
    execFileSync('pnpm', ['run', 'build'], { cwd: PACKAGE_DIR, stdio: 'inherit' })
  }
}

function newest(dir: string): number {
  let latest = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs)
  }
  return latest
}
