import { readFileSync } from 'node:fs'
import { type MockServer, startMockServer } from '@orsdk/mock-server'
import { type Client, type ClientOptions, createClient } from '@orsdk/transport'
import { afterAll, beforeAll } from 'vitest'

export { rejection, scenario, TEST_KEY } from '@orsdk/test-support'

const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'))

/** The `/models?output_modalities=all` capture the emulator serves in these tests. */
export const MODELS_ALL = readFixture('models-all.json') as {
  data: { id: string; architecture: { output_modalities: string[] }; supported_parameters: string[] }[]
}

/** The `/providers` capture the emulator serves in these tests. */
export const PROVIDERS = readFixture('providers.json') as { data: { slug: string }[] }

export interface EngineUnderTest {
  name: string
  createClient: (options: ClientOptions) => Client
}

// Every client the tests open, closed with the emulator after each file.
const opened = new Set<Client>()

function openClient(options: ClientOptions): Client {
  const client = createClient(options)
  opened.add(client)
  return client
}

/** vitest resolves transport's `node` condition: undici by default, fetch when given one. */
export const engines: EngineUnderTest[] = [
  { name: 'node engine (undici)', createClient: openClient },
  { name: 'fetch engine', createClient: (options) => openClient({ ...options, fetch: globalThis.fetch }) },
]

/** Starts one emulator serving {@link MODELS_ALL} and {@link PROVIDERS} for the file, and closes it and every client after. */
export function useMockServer(): { readonly server: MockServer } {
  const holder: { server?: MockServer } = {}
  beforeAll(async () => {
    holder.server = await startMockServer({ models: MODELS_ALL, providers: PROVIDERS })
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
