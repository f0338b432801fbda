import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { completeModel, type StoredModel } from '../src/internal/stored-model'
import { driftedCatalog, loadRawCatalog, type RawCatalog, type RawModel } from './fixture-catalog'
import { type CatalogServer, type ServedCatalog, startCatalogServer } from './helpers/catalog-server'
import { makeSeededRepo, readTree, removeTempRepo, runCli } from './helpers/temp-repo'

const HEADLINE = 'Refresh snapshot: 1 added, 1 removed, 1 repriced'
const FETCHED_AT = '2026-09-01T00:00:00Z'

const serve = (catalog: RawCatalog): ServedCatalog => ({
  models: catalog.models,
  providers: catalog.providers,
})

// A fresh copy of the capture and its `openai/gpt-4o` row, for a test to change.
function capturedWithGpt4o(): { catalog: RawCatalog; gpt4o: RawModel } {
  const catalog = loadRawCatalog()
  const gpt4o = catalog.models.data.find((model) => model.id === 'openai/gpt-4o')
  if (!gpt4o) throw new Error('fixture lacks openai/gpt-4o')
  return { catalog, gpt4o }
}

describe('orsdk-catalog-refresh', () => {
  let server: CatalogServer
  let served: ServedCatalog
  let root: string
  const env = () => ({ OPENROUTER_BASE_URL: server.baseURL })
  const catalogDir = () => join(root, 'packages/catalog')

  beforeAll(async () => {
    served = serve(loadRawCatalog())
    server = await startCatalogServer(served)
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    root = await makeSeededRepo()
    server.requests.length = 0
    Object.assign(served, serve(loadRawCatalog()))
  })
  afterEach(() => removeTempRepo(root))

  it('writes the snapshot, the TS modules and a catalog-only changeset when the catalog drifted', async () => {
    Object.assign(served, serve(driftedCatalog()))
    const before = readTree(catalogDir())
    const result = await runCli(['--root', root, '--fetched-at', FETCHED_AT], { cwd: root, env: env() })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe(HEADLINE)

    const after = readTree(catalogDir())
    for (const file of ['data/models.json', 'data/snapshot.json', 'src/snapshot/models-json.ts']) {
      expect(after.get(file), file).not.toBe(before.get(file))
    }
    expect(after.get('data/providers.json')).toBe(before.get('data/providers.json'))
    const modelIds = readFileSync(join(catalogDir(), 'src/snapshot/model-id.ts'), 'utf8')
    expect(modelIds).toContain("| 'acme/new-model'\n")
    expect(modelIds).not.toContain("'openai/gpt-4o-mini'")
    const info = JSON.parse(readFileSync(join(catalogDir(), 'data/snapshot.json'), 'utf8'))
    expect(info).toMatchObject({ fetchedAt: FETCHED_AT, modelCount: 549, providerCount: 81 })
    expect(info.source).toBe(
      `GET ${server.baseURL}/models?output_modalities=all and GET ${server.baseURL}/providers`,
    )

    expect(readdirSync(join(root, '.changeset'))).toEqual(['catalog-refresh-2026-09-01.md'])
    expect(readFileSync(join(root, '.changeset/catalog-refresh-2026-09-01.md'), 'utf8')).toBe(
      `---\n"@orsdk/catalog": patch\n---\n\n${HEADLINE}\n\n` +
        '- added `acme/new-model` (Acme: New Model)\n' +
        '- removed `openai/gpt-4o-mini` (OpenAI: GPT-4o-mini)\n' +
        '- `openai/gpt-4o`: repriced prompt 0.0000025 → 0.000003\n',
    )
    expect(await runCli(['--verify', '--root', root], { cwd: root })).toMatchObject({ code: 0 })
  })

  it('requests output_modalities=all, so models hidden from plain /models are kept', async () => {
    Object.assign(served, serve(driftedCatalog()))
    await runCli(['--root', root], { cwd: root, env: env() })
    expect(server.requests.map((request) => request.url).sort()).toEqual([
      '/api/v1/models?output_modalities=all',
      '/api/v1/providers',
    ])
    const models = JSON.parse(readFileSync(join(catalogDir(), 'data/models.json'), 'utf8'))
    expect(models).toHaveLength(549)
    expect(models.some((model: { id: string }) => model.id === 'voyageai/voyage-code-4')).toBe(true)
  })

  it('sends the API key only when OPENROUTER_API_KEY is set', async () => {
    await runCli(['--check', '--root', root], { cwd: root, env: env() })
    expect(server.requests.every((request) => request.authorization === undefined)).toBe(true)
    server.requests.length = 0
    await runCli(['--check', '--root', root], {
      cwd: root,
      env: { ...env(), OPENROUTER_API_KEY: 'sk-or-v1-test' },
    })
    expect(server.requests.map((request) => request.authorization)).toEqual([
      'Bearer sk-or-v1-test',
      'Bearer sk-or-v1-test',
    ])
  })

  it('changes nothing and says so when the catalog is unchanged', async () => {
    const before = readTree(root)
    const result = await runCli([], { cwd: join(root, 'packages/catalog'), env: env() })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/^Catalog snapshot is up to date: 549 models, 81 providers/)
    expect(readTree(root)).toEqual(before)
  })

  it('--check exits 0 and changes nothing when the catalog is unchanged', async () => {
    const before = readTree(root)
    const result = await runCli(['--check', '--root', root], { cwd: root, env: env() })
    expect(result.code).toBe(0)
    expect(readTree(root)).toEqual(before)
  })

  it('--check exits 1 with the summary and changes nothing when the catalog drifted', async () => {
    Object.assign(served, serve(driftedCatalog()))
    const before = readTree(root)
    const result = await runCli(['--check', '--root', root], { cwd: root, env: env() })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(HEADLINE)
    expect(result.stdout).toContain('- removed `openai/gpt-4o-mini`')
    expect(readTree(root)).toEqual(before)
  })

  it('keeps descriptions, set limits and links it cannot derive, and no benchmarks, when it refreshes', async () => {
    const { catalog, gpt4o } = capturedWithGpt4o()
    gpt4o.per_request_limits = { prompt_tokens: 1000, completion_tokens: 500 }
    gpt4o.links = { details: '/api/v1/models/openai/gpt-4o-next/endpoints' }
    Object.assign(served, serve(catalog))
    const result = await runCli(['--root', root], { cwd: root, env: env() })
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toBe('Refresh snapshot: 1 updated')
    expect(result.stdout).toContain('- `openai/gpt-4o`: updated links, per_request_limits')

    const rows: StoredModel[] = JSON.parse(readFileSync(join(catalogDir(), 'data/models.json'), 'utf8'))
    const row = rows.find((model) => model.id === 'openai/gpt-4o')
    expect(row).toMatchObject({ per_request_limits: gpt4o.per_request_limits, links: gpt4o.links })
    expect(row?.description).toBe(gpt4o.description)
    expect(rows.filter((model) => 'links' in model || 'per_request_limits' in model)).toHaveLength(1)
    expect(rows.some((model) => 'benchmarks' in model)).toBe(false)
    expect(completeModel({ ...(rows[0] as StoredModel) })).toMatchObject({
      links: catalog.models.data.find((model) => model.id === rows[0]?.id)?.links,
      per_request_limits: null,
    })
    expect(readFileSync(join(catalogDir(), 'src/snapshot/models-json.ts'), 'utf8')).toContain(
      '"per_request_limits":{"completion_tokens":500,"prompt_tokens":1000}',
    )
    expect(await runCli(['--verify', '--root', root], { cwd: root })).toMatchObject({ code: 0 })
  })

  it('rewrites only the descriptions module when only a description changed', async () => {
    const { catalog, gpt4o } = capturedWithGpt4o()
    gpt4o.description = 'GPT-4o, described anew.'
    Object.assign(served, serve(catalog))
    const before = readTree(catalogDir())
    const result = await runCli(['--root', root], { cwd: root, env: env() })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Refresh snapshot: 1 updated\n\n- `openai/gpt-4o`: updated description')
    const after = readTree(catalogDir())
    const changed = [...after.keys()].filter((file) => after.get(file) !== before.get(file)).sort()
    expect(changed).toEqual([
      'data/models.json',
      'data/snapshot.json',
      'src/snapshot/descriptions-json.ts',
      'src/snapshot/snapshot-meta.ts',
    ])
    expect(readFileSync(join(catalogDir(), 'src/snapshot/descriptions-json.ts'), 'utf8')).toContain(
      '["openai/gpt-4o","GPT-4o, described anew."]',
    )
  })

  it('fails naming each bad path and leaves every file untouched when the body is malformed', async () => {
    const catalog = driftedCatalog()
    const [first, second, , fourth] = catalog.models.data as RawModel[]
    if (!first || !second || !fourth) throw new Error('fixture has fewer than 4 models')
    first.per_request_limits = { prompt_tokens: '1000', completion_tokens: 500 }
    second.links = { details: 42 }
    fourth.pricing.prompt = 0.5
    Object.assign(served, serve(catalog))
    const before = readTree(root)
    const result = await runCli(['--root', root], { cwd: root, env: env() })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Malformed answer from')
    expect(result.stderr).toContain('at data.0.per_request_limits.prompt_tokens:')
    expect(result.stderr).toContain('at data.1.links.details:')
    expect(result.stderr).toContain('at data.3.pricing.prompt:')
    expect(readTree(root)).toEqual(before)
  })

  it('leaves every file untouched when the body is not JSON or the rows are missing', async () => {
    const before = readTree(root)
    served.models = '<html>Bad gateway</html>'
    const notJson = await runCli(['--root', root], { cwd: root, env: env() })
    expect(notJson.code).toBe(2)
    expect(notJson.stderr).toContain('the body is not JSON')
    served.models = { error: { message: 'overloaded' } }
    const noData = await runCli(['--root', root], { cwd: root, env: env() })
    expect(noData.code).toBe(2)
    expect(noData.stderr).toContain('at data:')
    expect(readTree(root)).toEqual(before)
  })

  it('refuses a text-only catalog, the answer of /models without output_modalities=all', async () => {
    const before = readTree(root)
    const result = await runCli(
      ['--from-files', 'test/fixtures/models-text-only.json', 'test/fixtures/providers.json', '--root', root],
      { cwd: join(__dirname, '..') },
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('lists text-output models only')
    expect(readTree(root)).toEqual(before)
  })
})
