import { vi } from 'vitest'

// Every test that imports src/ queries the fixture-built snapshot (see helpers/fixture-snapshot.ts)
// instead of the generated modules, which change with each nightly refresh. The rows and the
// descriptions are split as the refresh splits them into their two modules. The shipped snapshot
// itself is tested through dist/ in shipped-snapshot.test.ts.
vi.mock('../../src/snapshot/models-json', async () => {
  const { fixtureModules } = await import('../helpers/fixture-snapshot')
  return { MODELS_JSON: JSON.stringify(fixtureModules().rows) }
})
vi.mock('../../src/snapshot/descriptions-json', async () => {
  const { fixtureModules } = await import('../helpers/fixture-snapshot')
  return { DESCRIPTIONS_JSON: JSON.stringify(fixtureModules().descriptions) }
})
vi.mock('../../src/snapshot/providers-json', async () => {
  const { fixtureSnapshot } = await import('../helpers/fixture-snapshot')
  return { PROVIDERS_JSON: JSON.stringify(fixtureSnapshot().providers) }
})
vi.mock('../../src/snapshot/snapshot-meta', async () => {
  const { fixtureSnapshot } = await import('../helpers/fixture-snapshot')
  return { SNAPSHOT_META: fixtureSnapshot().info }
})
