import { TEST_KEY } from '@orsdk/test-support'
import { type Client, createClient } from '@orsdk/transport'

export { rejection, scenario, TEST_KEY, useMockServer } from '@orsdk/test-support'

/** Both engines: the node condition resolves undici; a `fetch` option forces the fetch engine. */
export const engines = [
  { name: 'node engine', client: (baseURL: string): Client => createClient({ baseURL, apiKey: TEST_KEY }) },
  {
    name: 'fetch engine',
    client: (baseURL: string): Client => createClient({ baseURL, apiKey: TEST_KEY, fetch: globalThis.fetch }),
  },
]
