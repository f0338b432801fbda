import { fetch as undiciFetch } from 'undici'
import { TEST_KEY } from './emulator.js'

/** What a test engine sets on top of the options a test passes. */
export interface EngineOptions {
  baseURL?: string
  apiKey?: string
  fetch?: typeof fetch
}

/**
 * Both engines for `describe.each`: the node condition resolves undici, and a `fetch` option
 * forces the fetch engine. `createClient` comes from the package under test (this helper does
 * not depend on transport, which depends on it).
 *
 * `socketCounting`: Node 20 and 22's built-in fetch (undici 6) keeps a socket open after an
 * abort until the server writes again, so tests that count sockets give the fetch engine
 * undici 7's fetch: they check that the engine aborts, not the platform's bookkeeping.
 */
export function clientEngines<Options extends EngineOptions, Client>(
  createClient: (options: Options) => Client,
) {
  const withKey = (baseURL: string, options: Options, engine: EngineOptions) =>
    createClient({ ...engine, ...options, baseURL, apiKey: TEST_KEY })
  return [
    {
      name: 'node engine',
      client: (baseURL: string, options = {} as Options): Client => withKey(baseURL, options, {}),
      socketCounting: {} as Options,
    },
    {
      name: 'fetch engine',
      client: (baseURL: string, options = {} as Options): Client =>
        withKey(baseURL, options, { fetch: globalThis.fetch }),
      socketCounting: { fetch: undiciFetch as typeof fetch } as Options,
    },
  ]
}
