import { type Client, type ClientOptions, createClient } from '@orsdk/transport'

/** One way of sending: the node engine (undici, from transport's `node` condition) or fetch. */
export interface EngineUnderTest {
  name: 'node' | 'fetch'
  createClient: (options: ClientOptions) => Client
}

/** Both engines: every behaviour runs on each. */
export const engines: EngineUnderTest[] = [
  { name: 'node', createClient: (options) => createClient(options) },
  { name: 'fetch', createClient: (options) => createClient({ ...options, fetch: globalThis.fetch }) },
]
