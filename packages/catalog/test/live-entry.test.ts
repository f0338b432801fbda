import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { StoredModel } from '../src/internal/stored-model'
import { PACKAGE_DIR } from './helpers/temp-repo'

// Built by global-setup.ts when stale. The split is what lets a team install the catalog alone:
// the main entry must run with no other package installed, the live one needs @orsdk/transport
// (its `protocol` entry, where requests and error factories live).
const IMPORTS_TRANSPORT = /(from\s*|require\(\s*|import\(\s*)["']@orsdk\/transport(\/protocol)?["']/

// Words of a shipped description that the built code holds verbatim (no character to escape).
const DESCRIBED =
  (JSON.parse(readFileSync(join(PACKAGE_DIR, 'data/models.json'), 'utf8')) as StoredModel[])
    .map((model) => model.description ?? '')
    .find((text) => /^[\w ,.()-]{60}/.test(text))
    ?.slice(0, 60) ?? ''

const read = (file: string) => readFile(join(PACKAGE_DIR, 'dist', file), 'utf8')

describe('the built entries', () => {
  it.each(['index.js', 'index.cjs'])('keep @orsdk/transport out of the main entry %s', async (file) => {
    const code = await read(file)
    expect(code).not.toMatch(IMPORTS_TRANSPORT)
    expect(code).not.toContain('@orsdk/')
  })

  it.each(['live/index.js', 'live/index.cjs'])(
    'import @orsdk/transport and no snapshot in %s',
    async (file) => {
      const code = await read(file)
      expect(code).toMatch(IMPORTS_TRANSPORT)
      expect(code).not.toContain('MODELS_JSON')
      expect(code.length).toBeLessThan(20_000)
    },
  )

  it.each(['index.js', 'index.cjs'])('keep the descriptions out of the main entry %s', async (file) => {
    const code = await read(file)
    expect(code).toContain('MODELS_JSON')
    expect(code).not.toContain('DESCRIPTIONS_JSON')
    expect(DESCRIBED).toHaveLength(60)
    expect(code).not.toContain(DESCRIBED)
  })

  it.each(['descriptions/index.js', 'descriptions/index.cjs'])(
    'hold the descriptions and no model row in %s',
    async (file) => {
      const code = await read(file)
      expect(code).toContain('DESCRIPTIONS_JSON')
      expect(code).toContain(DESCRIBED)
      expect(code).not.toContain('MODELS_JSON')
      expect(code).not.toContain('"canonical_slug"')
      expect(code).not.toContain('@orsdk/')
    },
  )

  it('exports modelDescription only when dist/descriptions/index.js is imported', async () => {
    const entry = await import(pathToFileURL(join(PACKAGE_DIR, 'dist/descriptions/index.js')).href)
    expect(Object.keys(entry)).toEqual(['modelDescription'])
    expect(entry.modelDescription('openai/gpt-4o')).toMatch(/^GPT-4o/)
  })

  it('exports the five live reads when dist/live/index.js is imported', async () => {
    const live = await import(pathToFileURL(join(PACKAGE_DIR, 'dist/live/index.js')).href)
    expect(Object.keys(live).sort()).toEqual([
      'fetchGeneration',
      'fetchKey',
      'fetchModelEndpoints',
      'fetchModels',
      'fetchProviders',
    ])
  })

  it('declares @orsdk/transport as an optional peer dependency only', async () => {
    const manifest = JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8'))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(Object.keys(manifest.peerDependencies)).toEqual(['@orsdk/transport'])
    expect(manifest.peerDependenciesMeta).toEqual({ '@orsdk/transport': { optional: true } })
    expect(Object.keys(manifest.exports['./live'])).toEqual(['import', 'require'])
    expect(Object.keys(manifest.exports['./live'].import)).toEqual(['types', 'default'])
    expect(manifest.exports['./descriptions']).toEqual({
      import: { types: './dist/descriptions/index.d.ts', default: './dist/descriptions/index.js' },
      require: { types: './dist/descriptions/index.d.cts', default: './dist/descriptions/index.cjs' },
    })
  })
})
