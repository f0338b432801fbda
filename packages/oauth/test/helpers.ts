import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { type Client, type ClientOptions, createClient } from '@orsdk/transport'
import { afterAll, beforeAll } from 'vitest'

export { rejection, scenario, TEST_KEY } from '@orsdk/test-support'

/** A key shape anywhere in a text: what must never appear in errors, telemetry or logs. */
export const KEY_SHAPE = /sk-or-v1-[0-9a-f]{16}/

export interface EngineUnderTest {
  name: string
  createClient: (options: ClientOptions) => Client
}

// Every client the tests open, closed with the emulator after each file.
const opened = new Set<Client>()

/** A client on the node engine, closed after the file's tests. */
export function openClient(options: ClientOptions): Client {
  const client = createClient(options)
  opened.add(client)
  return client
}

/** vitest resolves transport's `node` condition: undici by default, fetch when given one. */
export const engines: EngineUnderTest[] = [
  { name: 'node engine (undici)', createClient: openClient },
  { name: 'fetch engine', createClient: (options) => openClient({ ...options, fetch: globalThis.fetch }) },
]

/** Starts one emulator for the file and closes it after. */
export function useMockServer(): { readonly server: MockServer } {
  const holder: { server?: MockServer } = {}
  beforeAll(async () => {
    holder.server = await startMockServer()
  })
  afterAll(async () => {
    await Promise.all([...opened].map((client) => client.close()))
    opened.clear()
    await holder.server?.close()
  })
  return {
    get server() {
      if (holder.server === undefined) throw new Error('mock server not started')
      return holder.server
    },
  }
}

/** Follows the emulator's `/auth` like a browser would, and returns the `code` of the redirect. */
export async function authorizeCode(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' })
  const location = response.headers.get('location')
  if (response.status !== 302 || location === null)
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`)
  const code = new URL(location).searchParams.get('code')
  if (code === null) throw new Error(`no code in ${location}`)
  return code
}

/** Returns what `run` threw; fails if it did not throw. */
export function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}
