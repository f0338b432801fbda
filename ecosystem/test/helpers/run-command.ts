import { execFile } from 'node:child_process'

/** What a finished child process left behind. */
export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/**
 * Runs a command to its end (never rejects on a non-zero exit), killing it after `timeoutMs`.
 * `env` adds to this process's environment; an `undefined` value removes that variable, and
 * OPENROUTER_API_KEY is always removed so no real key reaches a child.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<CommandResult> {
  const started = performance.now()
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: childEnvironment(options.env ?? {}),
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null
        resolve({ code, stdout, stderr, ms: performance.now() - started })
      },
    )
  })
}

function childEnvironment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, OPENROUTER_API_KEY: undefined, ...extra }
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name]
  return merged
}
