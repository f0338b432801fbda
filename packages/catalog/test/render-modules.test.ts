import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { StoredModel } from '../src/internal/stored-model'
import { renderModules } from '../src/refresh/render-modules'
import { readSnapshot } from '../src/refresh/snapshot-files'
import { fixtureSnapshot } from './helpers/fixture-snapshot'
import { PACKAGE_DIR } from './helpers/temp-repo'

const BIOME = join(PACKAGE_DIR, '../../node_modules/.bin/biome')

// Formats `source` as the repo's Biome config would (a .ts file inside packages/catalog).
function biomeFormat(source: string): string {
  const dir = mkdtempSync(join(PACKAGE_DIR, '.biome-probe-'))
  try {
    const file = join(dir, 'probe.ts')
    writeFileSync(file, source)
    execFileSync(BIOME, ['format', '--write', file], { cwd: PACKAGE_DIR, stdio: 'ignore' })
    return readFileSync(file, 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// The JSON value held in the string literal of a generated `*-json.ts` module.
function evaluate<T>(text = ''): T {
  return JSON.parse(runInNewContext(text.slice(text.indexOf("'"), text.lastIndexOf("'") + 1)) as string) as T
}

describe('renderModules', () => {
  it('reproduces the committed src/snapshot files byte for byte from data/', async () => {
    const committed = await readSnapshot(join(PACKAGE_DIR, 'data'))
    if (!committed) throw new Error('packages/catalog/data is missing')
    for (const [name, text] of renderModules(committed.models, committed.providers, committed.info)) {
      expect(readFileSync(join(PACKAGE_DIR, 'src/snapshot', name), 'utf8'), name).toBe(text)
    }
  })

  it('emits text Biome leaves unchanged when the snapshot is tiny', () => {
    const models = fixtureSnapshot().models.slice(0, 2)
    const providers = fixtureSnapshot().providers.slice(0, 1)
    const info = {
      fetchedAt: '2026-09-01T00:00:00Z',
      source: 'test',
      modelCount: 2,
      providerCount: 1,
      hash: 'ab',
    }
    for (const [name, text] of renderModules(models, providers, info)) {
      expect(biomeFormat(text), name).toBe(text)
    }
  })

  it('escapes quotes, backslashes and line separators in the JSON string literal', () => {
    const { models, info } = fixtureSnapshot()
    const oddText = 'It\'s a \\ "test"\n\u2028'
    const odd: StoredModel = { ...(models[0] as StoredModel), name: oddText, description: oddText }
    const modules = renderModules([odd], [], info)
    expect(evaluate<StoredModel[]>(modules.get('models-json.ts'))[0]?.name).toBe(oddText)
    expect(evaluate<[string, string][]>(modules.get('descriptions-json.ts'))).toEqual([[odd.id, oddText]])
  })

  it('moves descriptions out of the rows into a module of their own', () => {
    const { models, providers, info } = fixtureSnapshot()
    const modules = renderModules(models, providers, info)
    expect([...modules.keys()].sort()).toEqual([
      'descriptions-json.ts',
      'model-id.ts',
      'models-json.ts',
      'provider-slug.ts',
      'providers-json.ts',
      'snapshot-meta.ts',
    ])
    const rows = evaluate<StoredModel[]>(modules.get('models-json.ts'))
    expect(rows.map((row) => row.id)).toEqual(models.map((model) => model.id))
    expect(rows.some((row) => 'description' in row)).toBe(false)
    const descriptions = new Map(evaluate<[string, string][]>(modules.get('descriptions-json.ts')))
    expect(descriptions.size).toBe(549)
    expect(descriptions.get('openai/gpt-4o')).toMatch(/^GPT-4o \("o" for "omni"\)/)
  })
})
