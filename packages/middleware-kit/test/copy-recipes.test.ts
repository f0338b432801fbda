import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_KEY } from './helpers.js'
import { type RedisServer, startRedisServer } from './redis-server.js'

// Users copy one recipe into their own repo (see this package's README): one recipe file copied
// alone into an empty project, with only
// the packed @orsdk/transport installed (plus @opentelemetry/api for tracing, redis for the Redis
// stores), type-checks with `tsc --strict` and runs. One npm install is shared; each recipe gets a
// folder of its own. A store recipe is checked alone, then runs beside the recipe it serves (each
// file stands alone; only the scenario imports both).
const run = promisify(execFile)
const here = fileURLToPath(new URL('.', import.meta.url))
const packageRoot = join(here, '..')
const transportRoot = join(packageRoot, '..', 'transport')
const TSC_FLAGS = ['--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022']
const TSC_CHECKS = [...TSC_FLAGS, '--skipLibCheck', '--types', 'node']

const RECIPES: Array<[recipe: string, expected: RegExp, serves?: string]> = [
  ['retry', /^retry: status 200 after 2 attempts$/],
  [
    'rotate-models',
    /^rotateModels: served by google\/gemini-2\.5-flash, completion model google\/gemini-2\.5-flash$/,
  ],
  ['circuit-breaker', /^circuitBreaker: 503,503,circuit_open with 2 requests sent$/],
  ['rate-limit', /^rateLimit: 3 requests, spaced yes$/],
  ['tracing', /^tracing: chat openai\/gpt-4o-mini input_tokens=number$/],
  ['logging', /^\{"event":"orsdk\.request","operation":"chat".*"outcome":"ok".*"status":200/],
  ['retry-budget', /^retryBudget: retry_budget_exhausted after 2 requests sent$/],
  ['budget', /^budget: budget_exceeded after 1 requests sent, spent past the limit yes$/],
  ['aborted-stream-usage', /^abortedStreamUsage: cancelled true, cost above zero$/],
  [
    'redis-breaker-store',
    /^redisBreakerStore: 503,503,circuit_open with 2 requests sent$/,
    'circuit-breaker',
  ],
  [
    'redis-rate-limit-store',
    /^redisRateLimitStore: 2 sent, the other limiter waits a minute yes$/,
    'rate-limit',
  ],
  [
    'redis-retry-budget-store',
    /^redisRetryBudgetStore: retry_budget_exhausted,retry_budget_exhausted with 2\+1 requests sent$/,
    'retry-budget',
  ],
]
// The recipes a scenario imports besides its own (retry-budget's runs behind retry).
const ALSO_IMPORTED: Record<string, string[]> = {
  'retry-budget': ['retry'],
  'redis-retry-budget-store': ['retry'],
}

let project = ''
let server: MockServer | undefined
let redisServer: RedisServer | undefined

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'orsdk-copy-recipes-'))
  // Packs the transport as built (building it only when there is no build, since other
  // packages' tests read the same dist): run `pnpm --filter @orsdk/transport build` after changing it.
  if (!existsSync(join(transportRoot, 'dist', 'index.d.ts')))
    await run('pnpm', ['build'], { cwd: transportRoot })
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', project], { cwd: transportRoot })
  const tarball = (await readdir(project)).find((name) => name.endsWith('.tgz'))
  if (tarball === undefined) throw new Error(`pnpm pack made no tarball: ${stdout}`)
  await writeFile(join(project, 'package.json'), '{ "private": true, "type": "module" }\n')
  await run(
    'npm',
    [
      'install',
      `./${tarball}`,
      'typescript@5.9.3',
      '@types/node@20.19.43',
      '@opentelemetry/api@1.10.0',
      'redis@6.3.1',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    { cwd: project },
  )
  server = await startMockServer()
  redisServer = await startRedisServer()
}, 120_000)

afterAll(async () => {
  await server?.close()
  await redisServer?.stop()
  if (project !== '') await rm(project, { recursive: true, force: true })
})

describe('each recipe copied alone into an empty project', () => {
  it.each(RECIPES)(
    'type-checks and runs %s when only @orsdk/transport is installed',
    async (recipe, expected, serves) => {
      // The app entry only: a recipe is written against what apps get, never the protocol entry.
      const source = await readFile(join(packageRoot, 'src', `${recipe}.ts`), 'utf8')
      const imported = [...source.matchAll(/^import\b[\s\S]*?\bfrom '([^']+)'/gm)].map((match) => match[1])
      expect(new Set(imported)).toEqual(
        new Set(recipe === 'tracing' ? ['@orsdk/transport', '@opentelemetry/api'] : ['@orsdk/transport']),
      )
      const folder = join(project, recipe)
      await mkdir(folder)
      const copy = (name: string) =>
        copyFile(join(packageRoot, 'src', `${name}.ts`), join(folder, `${name}.ts`))
      await copy(recipe)
      await copyFile(join(here, 'copy-scenarios', `run-${recipe}.ts`), join(folder, `run-${recipe}.ts`))
      const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc')
      const compile = (files: string[], output: string[]) =>
        run('node', [tsc, ...TSC_CHECKS, ...output, ...files], { cwd: project }).catch(
          explain('tsc --strict'),
        )
      const companions = [...(serves === undefined ? [] : [serves]), ...(ALSO_IMPORTED[recipe] ?? [])]
      // Any type error fails the compile (tsc exits non-zero), so this is the `tsc --strict` check too;
      // a recipe run beside others is first checked alone.
      if (companions.length > 0) await compile([join(folder, `${recipe}.ts`)], ['--noEmit'])
      for (const name of companions) await copy(name)
      const files = [recipe, ...companions].map((name) => join(folder, `${name}.ts`))
      await compile([join(folder, `run-${recipe}.ts`), ...files], ['--outDir', join(folder, 'out')])
      const env = {
        ...process.env,
        MOCK_BASE_URL: server?.baseURL,
        MOCK_API_KEY: TEST_KEY,
        REDIS_URL: redisServer?.url,
      }
      const { stdout, stderr } = await run('node', [join(folder, 'out', `run-${recipe}.js`)], {
        cwd: folder,
        env,
      })
      expect(stderr).toBe('')
      expect(stdout.trim()).toMatch(expected)
      expect(stdout).not.toContain(TEST_KEY)
    },
    60_000,
  )
})

/** Rethrows a failed command with its output, which is where tsc puts its diagnostics. */
const explain = (what: string) => (error: { stdout?: string; stderr?: string; message: string }) => {
  throw new Error(`${what} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}\n${error.message}`)
}
