import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chatSpec, TEST_KEY, useMockServer } from './helpers.js'

// The built package, as users load it: two entries over shared chunks, the platform picked by
// the `#platform` import condition.
const require = createRequire(import.meta.url)
const mock = useMockServer()

interface Entries {
  main: { defaultClient(): { close(): Promise<void> } }
  protocol: {
    requestJson(spec: unknown): Promise<{ status: number }>
    checkParams(schema: unknown, params: unknown, operation: string): void
  }
  valibot: { looseObject(entries: Record<string, unknown>): unknown; string(): unknown }
}

const OPEN_AGENTS = Symbol.for('orsdk.openAgents')
const openAgents = () => (globalThis as { [OPEN_AGENTS]?: Map<unknown, string> })[OPEN_AGENTS]?.size ?? 0

async function withEnvironment(run: () => Promise<void>): Promise<void> {
  const saved = { key: process.env.OPENROUTER_API_KEY, base: process.env.OPENROUTER_BASE_URL }
  process.env.OPENROUTER_API_KEY = TEST_KEY
  process.env.OPENROUTER_BASE_URL = mock.server.baseURL
  try {
    await run()
  } finally {
    for (const [name, value] of [
      ['OPENROUTER_API_KEY', saved.key],
      ['OPENROUTER_BASE_URL', saved.base],
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

describe.each([
  [
    'CommonJS',
    async (): Promise<Entries> => ({
      main: require('../dist/index.cjs'),
      protocol: require('../dist/protocol.cjs'),
      valibot: require('../dist/valibot.cjs'),
    }),
  ],
  [
    'ESM',
    async (): Promise<Entries> => ({
      main: await import('../dist/index.js'),
      protocol: await import('../dist/protocol.js'),
      valibot: await import('../dist/valibot.js'),
    }),
  ],
])('the built %s entries', (_, load) => {
  it('share one default client: closing it from the main entry closes the pool a protocol call opened', async () => {
    const { main, protocol } = await load()
    await withEnvironment(async () => {
      const before = openAgents()
      expect((await protocol.requestJson(chatSpec())).status).toBe(200)
      expect(openAgents()).toBe(before + 1)
      await main.defaultClient().close()
      expect(openAgents()).toBe(before)
    })
  })

  it('checks params with a schema built from the valibot entry', async () => {
    const { protocol, valibot } = await load()
    const schema = valibot.looseObject({ model: valibot.string() })
    expect(() => protocol.checkParams(schema, { model: 'm', extra: 1 }, 'example')).not.toThrow()
    expect(() => protocol.checkParams(schema, { model: 7 }, 'example')).toThrow(/^example: model: /)
  })
})

// valibot and eventsource-parser are compiled in: loading them from node_modules was most of a
// cold import on Node (`pnpm bench:import`).
it('loads neither valibot nor eventsource-parser from node_modules at run time', () => {
  const dist = join(import.meta.dirname, '..', 'dist')
  const built = readdirSync(dist).filter((name) => /\.c?js$/.test(name))
  expect(built.length).toBeGreaterThan(4)
  const importing = built.filter((name) =>
    /(?:from |require\()["'](?:valibot|eventsource-parser)["']/.test(readFileSync(join(dist, name), 'utf8')),
  )
  expect(importing).toEqual([])
})

// Every file the package's `exports` and `imports` name, under every condition: a platform left
// out of the build fails only on its runtime (Bun once could not load the package at all).
function targetsOf(map: unknown): string[] {
  if (typeof map === 'string') return [map]
  if (typeof map !== 'object' || map === null) return []
  return Object.values(map).flatMap(targetsOf)
}

it('builds every file its exports and imports name', () => {
  const root = join(import.meta.dirname, '..')
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    exports: unknown
    imports: unknown
  }
  const targets = [...targetsOf(manifest.exports), ...targetsOf(manifest.imports)]
  expect(targets).toContain('./dist/platform.bun.js')
  expect(targets.filter((target) => !existsSync(join(root, target)))).toEqual([])
})
