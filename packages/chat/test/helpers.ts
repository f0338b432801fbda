import { TEST_KEY } from '@orsdk/test-support'
import { type Client, type ClientOptions, createClient } from '@orsdk/transport'
import { fetch as undiciFetch } from 'undici'
import type { ChatParams } from '../src/index.js'

export { collect, eventually, rejection, scenario, TEST_KEY, useMockServer } from '@orsdk/test-support'

/** Both engines: the node condition resolves undici; a `fetch` option forces the fetch engine. */
export const engines = [
  {
    name: 'node engine',
    client: (baseURL: string, options: ClientOptions = {}): Client =>
      createClient({ ...options, baseURL, apiKey: TEST_KEY }),
    socketCounting: {},
  },
  {
    name: 'fetch engine',
    client: (baseURL: string, options: ClientOptions = {}): Client =>
      createClient({ fetch: globalThis.fetch, ...options, baseURL, apiKey: TEST_KEY }),
    // Node 20 and 22's built-in fetch (undici 6) keeps a socket open after an abort until the
    // server writes again, so tests that count sockets give the engine undici 7's fetch: they
    // check that the engine aborts, not the platform's bookkeeping (see the transport README).
    socketCounting: { fetch: undiciFetch as typeof fetch },
  },
]

export const params = (extra: Partial<ChatParams> = {}): ChatParams => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})
