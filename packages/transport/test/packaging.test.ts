import { existsSync, readFileSync } from 'node:fs'
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
  protocol: { requestJson(spec: unknown): Promise<{ status: number }> }
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
    }),
  ],
  [
    'ESM',
    async (): Promise<Entries> => ({
      main: await import('../dist/index.js'),
      protocol: await import('../dist/protocol.js'),
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
