import { type MockServer, type Scenario, startMockServer } from '@orsdk/mock-server'
import { fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll } from 'vitest'
import type { CallOptions, Client, ClientOptions } from '../src/index.js'
import * as fetchEntry from '../src/index.js'
import * as nodeEntry from '../src/index.node.js'

/** Shaped like a real key, so a leak of it would be caught by the secret sweeps. */
export const TEST_KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`

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

/** Runs `test` against an emulator of its own, for counts no other test may disturb. */
export async function withOwnServer(test: (server: MockServer) => Promise<void>): Promise<void> {
  const server = await startMockServer()
  try {
    await test(server)
  } finally {
    await server.close()
  }
}

/** Call options that script this one request through the emulator's header. */
export function scenario(value: Scenario, options: CallOptions = {}): CallOptions {
  // Header values are Latin-1: escape the rest, which JSON.parse on the other side undoes.
  const json = JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return { ...options, headers: { ...options.headers, 'x-mock-scenario': json } }
}

export const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

/** Polls until `check` is true, for effects that land asynchronously (a socket closing). */
export async function eventually(check: () => boolean, withinMs = 3000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Resolves with what `promise` rejected with; fails if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}
