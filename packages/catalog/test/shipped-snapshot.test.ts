import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { completeModel, type StoredModel } from '../src/internal/stored-model'
import { hashSnapshot } from '../src/refresh/hash-snapshot'
import { PACKAGE_DIR, runCli } from './helpers/temp-repo'

type Catalog = typeof import('../src/index')
type Descriptions = typeof import('../src/descriptions/index')

// The other query tests pin the 2026-08-19 fixture; these hold for whatever snapshot is shipped
// (today the seed, after each nightly refresh a newer one), through the built package.
describe('the shipped snapshot', () => {
  let catalog: Catalog
  let descriptions: Descriptions
  const data = (name: string) => JSON.parse(readFileSync(join(PACKAGE_DIR, 'data', name), 'utf8'))
  const stored: StoredModel[] = data('models.json')

  beforeAll(async () => {
    catalog = (await import(pathToFileURL(join(PACKAGE_DIR, 'dist/index.js')).href)) as Catalog
    const entry = pathToFileURL(join(PACKAGE_DIR, 'dist/descriptions/index.js')).href
    descriptions = (await import(entry)) as Descriptions
  })

  it('serves exactly the rows of data/, completed and without descriptions, with matching counts and hash', () => {
    const models = catalog.listModels()
    const providers = catalog.listProviders()
    expect(models).toEqual(
      data('models.json').map(({ description, ...row }: StoredModel) => completeModel(row)),
    )
    expect(providers).toEqual(data('providers.json'))
    expect(catalog.snapshotInfo()).toEqual(data('snapshot.json'))
    expect(catalog.snapshotInfo()).toMatchObject({
      modelCount: models.length,
      providerCount: providers.length,
    })
    expect(catalog.snapshotInfo().hash).toBe(hashSnapshot(stored, providers))
  })

  it('serves the descriptions of data/ from the descriptions entry', () => {
    for (const row of stored)
      expect(descriptions.modelDescription(row.id), row.id).toBe(row.description || undefined)
  })

  it('finds every listed model and provider by its id', () => {
    for (const model of catalog.listModels()) {
      const found = catalog.getModel(model.id)
      expect(found?.id === model.id || found?.id === model.alias_target?.slug, model.id).toBe(true)
    }
    for (const provider of catalog.listProviders()) expect(catalog.getProvider(provider.slug)).toBe(provider)
  })

  it('keeps the non-text models that plain /models hides', () => {
    expect(catalog.embeddingModels().length).toBeGreaterThan(0)
    expect(catalog.speechModels().length).toBeGreaterThan(0)
    expect(catalog.transcriptionModels().length).toBeGreaterThan(0)
  })

  it('passes --verify: src/snapshot is what data/ generates', async () => {
    const result = await runCli(['--verify', '--root', join(PACKAGE_DIR, '../..')], { cwd: PACKAGE_DIR })
    expect(result).toMatchObject({ code: 0, stderr: '' })
  })
})
