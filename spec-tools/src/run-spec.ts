import { resolve } from 'node:path'
import { findRepoRoot } from './find-repo-root'
import { parseSpecArgs, USAGE } from './parse-args'
import { runCoverage, runGenerate } from './run-generate'
import { runRefresh } from './run-refresh'
import { SpecError } from './spec-error'

/** What the command reads from and writes to, injectable for tests. */
export interface SpecContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * Runs `orsdk-spec` with `argv` (without `node` and the script) and returns the exit code (see
 * {@link USAGE}). Errors are printed to `stderr`, never thrown; on an error nothing has been written.
 */
export async function runSpec(argv: readonly string[], context: SpecContext): Promise<number> {
  try {
    const options = parseSpecArgs(argv)
    if (options.help) {
      context.stdout(USAGE)
      return 0
    }
    const root = resolve(context.cwd, options.root ?? findRepoRoot(context.cwd))
    if (options.command === 'generate') return await runGenerate(root, options.verify, context)
    if (options.command === 'coverage') return await runCoverage(root, context)
    return await runRefresh(root, options, context)
  } catch (error) {
    const message = error instanceof SpecError ? error.message : String((error as Error).stack ?? error)
    context.stderr(`orsdk-spec: ${message}`)
    return 2
  }
}
