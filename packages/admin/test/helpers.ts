import { MANAGEMENT_KEY_PREFIX } from '@orsdk/mock-server'
import { type ClientOptions, createClient } from '@orsdk/transport'

export { collect, rejection, scenario, settle, TEST_KEY, useClient, useMockServer } from '@orsdk/test-support'

/** A management key by the emulator's convention (its prefix), shaped like a real key. */
export const MANAGEMENT_KEY = `${MANAGEMENT_KEY_PREFIX}${'0123456789abcdef'.repeat(4)}`

/** Both engines, each client with a management key: the node engine, and `fetch` forced. */
export const engines = [
  {
    name: 'node engine',
    client: (baseURL: string, options: ClientOptions = {}) =>
      createClient({ ...options, baseURL, apiKey: MANAGEMENT_KEY }),
  },
  {
    name: 'fetch engine',
    client: (baseURL: string, options: ClientOptions = {}) =>
      createClient({ ...options, baseURL, apiKey: MANAGEMENT_KEY, fetch: globalThis.fetch }),
  },
]
