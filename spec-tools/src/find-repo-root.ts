import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { SpecError } from './spec-error'

/** Walks up from `start` to the directory holding `pnpm-workspace.yaml` (the monorepo root). */
export function findRepoRoot(start: string): string {
  let directory = resolve(start)
  for (;;) {
    if (existsSync(join(directory, 'pnpm-workspace.yaml'))) return directory
    const parent = dirname(directory)
    if (parent === directory) {
      throw new SpecError(`No pnpm-workspace.yaml above ${start}; pass --root <dir>`)
    }
    directory = parent
  }
}
