import { type MockServer, type Scenario, startMockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll } from 'vitest'

/** Starts one emulator for the file and closes it after. */
export function useMockServer(): { readonly server: MockServer } {
  const holder: { server?: MockServer } = {}
  beforeAll(async () => {
    holder.server = await startMockServer()
  })
  afterAll(async () => {
    await holder.server?.close()
  })
  return {
    get server() {
      if (holder.server === undefined) throw new Error('mock server not started')
      return holder.server
    },
  }
}

/** Headers that script one request through the emulator's `x-mock-scenario` header. */
export const scenarioHeaders = (scenario: Scenario) => ({ 'x-mock-scenario': JSON.stringify(scenario) })

/** Resolves with what `run` threw or rejected with; fails if it did not. */
export async function failureOf(run: () => unknown): Promise<unknown> {
  try {
    await run()
  } catch (error) {
    return error
  }
  throw new Error('expected a failure')
}
