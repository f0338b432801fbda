import { parseArgs } from 'node:util'
import { SpecError } from './spec-error'

/** What the command was asked to do. */
export interface SpecOptions {
  readonly command: 'generate' | 'refresh' | 'coverage'
  /** generate: compare with disk, write nothing. */
  readonly verify: boolean
  /** refresh: report drift, write nothing. */
  readonly check: boolean
  readonly root?: string
  readonly url?: string
  readonly fromFile?: string
  readonly fetchedAt?: string
  readonly help: boolean
}

/** Usage text printed by `--help`. */
export const USAGE = `Usage: orsdk-spec <command> [options]

Commands:
  generate                 from spec/openapi.yaml and spec/operations.json, write each present
                           package's src/generated/openapi.ts, the emulator's
                           packages/mock-server/fixtures/spec-operations.json and the README
                           coverage table
    --verify               write nothing; exit 1 when a generated file is not what the spec makes
  refresh                  fetch the live spec; on drift report it, rewrite spec/openapi.yaml,
                           regenerate, and write a changeset for each package whose files changed
    --check                fetch and compare; write nothing; exit 1 on drift, 0 when unchanged
    --url <url>            where to fetch (default: OPENROUTER_SPEC_URL, else
                           https://openrouter.ai/openapi.yaml); YAML or JSON
    --from-file <path>     read the new spec from a file instead of fetching
    --fetched-at <iso>     fetch time to record (default: now)
  coverage                 print the coverage tally and every problem; exit 1 on a problem

Options:
  --root <dir>             repo root (default: nearest pnpm-workspace.yaml above cwd)

Exit codes: 0 done or unchanged, 1 drift (--check), stale files (--verify) or coverage problems,
2 error (nothing written).`

const COMMANDS = ['generate', 'refresh', 'coverage'] as const

/** Parses the command line; throws {@link SpecError} on misuse. */
export function parseSpecArgs(argv: readonly string[]): SpecOptions {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new SpecError(`${(error as Error).message}\n\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const help = values.help === true
  const [command, ...extra] = positionals
  if (help && command === undefined) return { command: 'generate', verify: false, check: false, help }
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    throw new SpecError(`Unknown command "${command ?? ''}": use generate, refresh or coverage\n\n${USAGE}`)
  }
  if (extra.length > 0) throw new SpecError(`Unexpected argument "${extra[0]}"\n\n${USAGE}`)
  const misplaced = (flag: string, owner: string) => {
    throw new SpecError(`${flag} belongs to "${owner}", not "${command}"\n\n${USAGE}`)
  }
  if (values.verify && command !== 'generate') misplaced('--verify', 'generate')
  for (const flag of ['check', 'url', 'from-file', 'fetched-at'] as const) {
    if (values[flag] !== undefined && command !== 'refresh') misplaced(`--${flag}`, 'refresh')
  }
  if (values.url !== undefined && values['from-file'] !== undefined) {
    throw new SpecError('Choose one of --url and --from-file')
  }
  if (values['fetched-at'] !== undefined && Number.isNaN(Date.parse(values['fetched-at']))) {
    throw new SpecError(`--fetched-at "${values['fetched-at']}" is not an ISO 8601 time`)
  }
  return {
    command: command as SpecOptions['command'],
    verify: values.verify === true,
    check: values.check === true,
    help,
    ...(values.root !== undefined && { root: values.root }),
    ...(values.url !== undefined && { url: values.url }),
    ...(values['from-file'] !== undefined && { fromFile: values['from-file'] }),
    ...(values['fetched-at'] !== undefined && { fetchedAt: values['fetched-at'] }),
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      verify: { type: 'boolean' },
      check: { type: 'boolean' },
      root: { type: 'string' },
      url: { type: 'string' },
      'from-file': { type: 'string' },
      'fetched-at': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
