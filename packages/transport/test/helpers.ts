import { fetch as undiciFetch } from 'undici'
import type { Client, ClientOptions } from '../src/index.js'
import * as fetchEntry from '../src/index.js'
import * as nodeEntry from '../src/index.node.js'

export {
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
  withServer as withOwnServer,
} from '@orsdk/test-support'

export interface EngineUnderTest {
  name: string
  createClient: (options?: ClientOptions) => Client
  /**
   * Options for tests that count sockets. Node 20 and 22's built-in fetch (undici 6) keeps a
   * socket open after an abort until the server writes again (fixed in Node 24 and undici 7),
   * so there the fetch engine gets undici 7's fetch: the test checks that the engine aborts,
   * not the platform's bookkeeping. See the transport README, Runtimes.
   */
  socketCounting: ClientOptions
}

/** Both engines, each from its own entry: the same suite runs on each. */
export const engines: EngineUnderTest[] = [
  { name: 'node engine (undici)', createClient: nodeEntry.createClient, socketCounting: {} },
  {
    name: 'fetch engine',
    createClient: fetchEntry.createClient,
    socketCounting: { fetch: undiciFetch as typeof fetch },
  },
]

export const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})
