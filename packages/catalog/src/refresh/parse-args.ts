import { parseArgs } from 'node:util'
import { RefreshError } from './refresh-error'

/** What the refresh command was asked to do. */
export interface RefreshOptions {
  readonly mode: 'refresh' | 'check' | 'verify' | 'from-files'
  readonly root?: string
  readonly data?: string
  /** `--from-files <models.json> <providers.json>` */
  readonly files?: readonly [string, string]
  readonly fetchedAt?: string
  readonly source?: string
  readonly help: boolean
}

/** Usage text printed by `--help`. */
export const USAGE = `Usage: orsdk-catalog-refresh [mode] [options]

Modes (default: fetch, write the snapshot and a changeset when anything changed):
  --check                  fetch and compare; change nothing; exit 1 on drift, 0 when unchanged
  --verify                 no network: check src/snapshot/*.ts and the hash match data/*.json
  --from-files <m> <p>     like the default, reading /models and /providers bodies from files

Options:
  --root <dir>             repo root for .changeset/ (default: nearest pnpm-workspace.yaml above cwd)
  --data <dir>             snapshot data dir (default: <root>/packages/catalog/data); the TS modules
                           go to <data>/../src/snapshot
  --fetched-at <iso>       capture time to record (default: now)
  --source <text>          capture description to record (default: the URLs or files read)

Env: OPENROUTER_BASE_URL (default https://openrouter.ai/api/v1), OPENROUTER_API_KEY (optional).
Exit codes: 0 done or unchanged, 1 drift (--check) or mismatch (--verify), 2 error.`

/** Parses the command line; throws {@link RefreshError} on misuse. */
export function parseRefreshArgs(argv: readonly string[]): RefreshOptions {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new RefreshError(`${(error as Error).message}\n\n${USAGE}`)
  }
  const { values, positionals } = parsed
  const modes = (['check', 'verify', 'from-files'] as const).filter((mode) => values[mode])
  if (modes.length > 1) throw new RefreshError(`Choose one of --${modes.join(', --')}\n\n${USAGE}`)
  const mode = modes[0] ?? 'refresh'
  const [modelsPath, providersPath, ...extra] = positionals
  if (mode === 'from-files' && (!modelsPath || !providersPath || extra.length > 0)) {
    throw new RefreshError(`--from-files takes <models.json> <providers.json>\n\n${USAGE}`)
  }
  if (mode !== 'from-files' && positionals.length > 0) {
    throw new RefreshError(`Unexpected argument "${positionals[0]}"\n\n${USAGE}`)
  }
  if (values['fetched-at'] !== undefined && Number.isNaN(Date.parse(values['fetched-at']))) {
    throw new RefreshError(`--fetched-at "${values['fetched-at']}" is not an ISO 8601 time`)
  }
  return {
    mode,
    help: values.help === true,
    ...(values.root !== undefined && { root: values.root }),
    ...(values.data !== undefined && { data: values.data }),
    ...(modelsPath &&
      providersPath &&
      mode === 'from-files' && { files: [modelsPath, providersPath] as const }),
    ...(values['fetched-at'] !== undefined && { fetchedAt: values['fetched-at'] }),
    ...(values.source !== undefined && { source: values.source }),
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      verify: { type: 'boolean' },
      'from-files': { type: 'boolean' },
      root: { type: 'string' },
      data: { type: 'string' },
      'fetched-at': { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
