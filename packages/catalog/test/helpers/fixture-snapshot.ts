import { readFileSync } from 'node:fs'
import { buildSnapshot } from '../../src/refresh/build-snapshot'
import { splitDescriptions } from '../../src/refresh/render-modules'
import type { Snapshot } from '../../src/refresh/snapshot-files'
import { FIXTURES } from '../fixture-catalog'

/** Capture time recorded for the seed, as in the shipped snapshot's first version. */
export const SEED_FETCHED_AT = '2026-08-19T00:00:00Z'

let snapshot: Snapshot | undefined

/**
 * The snapshot the refresh builds from the test fixtures (the 2026-08-19 capture). Query tests run
 * against it rather than the shipped one, so their exact counts and prices survive every refresh.
 */
export function fixtureSnapshot(): Snapshot {
  snapshot ??= buildSnapshot(
    {
      models: JSON.parse(readFileSync(FIXTURES.modelsAll, 'utf8')),
      providers: JSON.parse(readFileSync(FIXTURES.providers, 'utf8')),
      modelsOrigin: 'test/fixtures/models-all.json',
      providersOrigin: 'test/fixtures/providers.json',
    },
    SEED_FETCHED_AT,
    'test fixtures: /models?output_modalities=all and /providers',
  )
  return snapshot
}

/** The fixture snapshot split as the refresh writes its modules: rows without descriptions, and them. */
export function fixtureModules(): ReturnType<typeof splitDescriptions> {
  return splitDescriptions(fixtureSnapshot().models)
}
