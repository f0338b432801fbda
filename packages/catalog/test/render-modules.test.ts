import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { listModels, listProviders, type Model, snapshotInfo } from '../src/index'
import { renderModules } from '../src/refresh/render-modules'
import { readSnapshot } from '../src/refresh/snapshot-files'
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

describe('renderModules', () => {
  it('reproduces the committed src/snapshot files byte for byte from data/', async () => {
    const committed = await readSnapshot(join(PACKAGE_DIR, 'data'))
    if (!committed) throw new Error('packages/catalog/data is missing')
    for (const [name, text] of renderModules(committed.models, committed.providers, committed.info)) {
      expect(readFileSync(join(PACKAGE_DIR, 'src/snapshot', name), 'utf8'), name).toBe(text)
    }
  })

  it('emits text Biome leaves unchanged when the snapshot is tiny', () => {
    const models = listModels().slice(0, 2)
    const providers = listProviders().slice(0, 1)
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
    const [model] = listModels()
    const odd: Model = { ...(model as Model), name: 'It\'s a \\ "test"\n\u2028' }
    const text = renderModules([odd], [], snapshotInfo()).get('models-json.ts') ?? ''
    const literal = text.slice(text.indexOf("'"), text.lastIndexOf("'") + 1)
    expect(JSON.parse(runInNewContext(literal) as string)[0].name).toBe(odd.name)
  })
})
