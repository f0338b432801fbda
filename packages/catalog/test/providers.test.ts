import { describe, expect, it } from 'vitest'
import { getProvider, listProviders, snapshotInfo } from '../src/index'
import { hashSnapshot } from '../src/refresh/hash-snapshot'
import { fixtureSnapshot } from './helpers/fixture-snapshot'

describe('listProviders', () => {
  it('lists the 81 providers sorted by slug', () => {
    const slugs = listProviders().map((provider) => provider.slug)
    expect(slugs).toHaveLength(81)
    expect(slugs).toEqual([...slugs].sort())
  })
})

describe('getProvider', () => {
  it('returns the provider row for a known slug', () => {
    expect(getProvider('sambanova')).toEqual({
      datacenters: null,
      headquarters: 'US',
      name: 'SambaNova',
      privacy_policy_url: 'https://sambanova.ai/privacy-policy',
      slug: 'sambanova',
      status_page_url: 'https://status.sambanova.ai/',
      terms_of_service_url: 'https://sambanova.ai/terms-and-conditions',
    })
  })

  it('returns undefined when the slug is unknown', () => {
    expect(getProvider('nobody')).toBeUndefined()
  })
})

describe('snapshotInfo', () => {
  it('describes the seeded capture with counts and the content hash', () => {
    const info = snapshotInfo()
    expect(info).toMatchObject({ fetchedAt: '2026-08-19T00:00:00Z', modelCount: 549, providerCount: 81 })
    expect(info.source).toContain('output_modalities=all')
    expect(info.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(info.hash).toBe(hashSnapshot(fixtureSnapshot().models, listProviders()))
  })
})
