import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { createClient, type ErrorKind, isOpenRouterError } from '@orsdk/transport'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { engines } from '../support/engines.js'
import { TEST_KEY } from '../support/keys.js'
import { knownBug } from '../support/known-bugs.js'
import { anyValue, callOptions, paramsFor, targets } from '../support/param-targets.js'
import { seedFrom } from '../support/prng.js'
import { recordFuzzRuns } from './fuzz-figures.js'

const SEED = seedFrom('FUZZ_SEED')
const RUNS = Math.round(Number(process.env.FUZZ_RUNS ?? 1000) * 0.4)
const counts: Record<string, Record<string, number>> = {}
const servers: MockServer[] = []
beforeAll(async () => {
  servers.push(await startMockServer())
})
afterAll(async () => {
  for (const server of servers) await server.close()
  console.log(`request params fuzz (seed ${SEED}):`, counts)
  recordFuzzRuns('request params', SEED, counts)
})

describe('createClient fuzzed', () => {
  it('returns a client or throws OpenRouterError invalid_request when createClient gets random options', async () => {
    const row: Record<string, number> = {}
    counts.createClient = row
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyValue,
          fc.record(
            {
              apiKey: anyValue,
              baseURL: anyValue,
              headers: anyValue,
              middleware: anyValue,
              timeout: anyValue,
              fetch: anyValue,
            },
            { requiredKeys: [] },
          ),
        ),
        async (options) => {
          let outcome = 'client'
          try {
            await createClient(options as never).close()
          } catch (error) {
            const known = knownBug(error)
            if (known === undefined && !(isOpenRouterError(error) && error.kind === 'invalid_request'))
              throw error
            outcome = known === undefined ? 'invalid_request' : `known:${known}`
          }
          row[outcome] = (row[outcome] ?? 0) + 1
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  })
})

describe.each(engines)('request params fuzzed on the $name engine', ({ name, createClient }) => {
  for (const target of targets) {
    it(`only resolves or rejects with OpenRouterError, invalid_request before any I/O, when ${target.name} gets random params and options`, async () => {
      const server = servers[0] as MockServer
      const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
      const row: Record<string, number> = {}
      counts[`${target.name} (${name})`] = row
      try {
        await fc.assert(
          fc.asyncProperty(
            paramsFor(target.valid),
            fc.option(callOptions, { nil: undefined }),
            async (params, options) => {
              const sent = server.requests.length
              let outcome: string
              try {
                await target.call(params, { ...options, client })
                outcome = 'resolved'
              } catch (error) {
                const known = knownBug(error)
                if (!isOpenRouterError(error) && known === undefined) throw error
                outcome = known === undefined ? (error as { kind: ErrorKind }).kind : `known:${known}`
                if (outcome === 'invalid_request' && server.requests.length !== sent) {
                  // A 400 from the emulator is fine; a local invalid_request must not have sent anything.
                  expect(
                    (error as { status?: number }).status,
                    'a local invalid_request sent a request',
                  ).toBe(400)
                }
              }
              row[outcome] = (row[outcome] ?? 0) + 1
            },
          ),
          { seed: SEED, numRuns: RUNS },
        )
      } finally {
        await client.close()
      }
    })
  }
})
