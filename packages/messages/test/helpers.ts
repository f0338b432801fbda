import { readFileSync } from 'node:fs'
import { type MockServer, type Scenario, startMockServer } from '@orsdk/mock-server'
import { type CallOptions, type Client, type ClientOptions, createClient } from '@orsdk/transport'
import { fetch as undiciFetch } from 'undici'
import { afterAll, afterEach, beforeAll } from 'vitest'
import type { MessagesParams } from '../src/index.js'

/** Shaped like a real key, so a leak of it would be caught. */
export const TEST_KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`

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

/** A client of `engine` on the file's emulator, made per test and closed after it. */
export function useClient(mock: { readonly server: MockServer }, engine: (typeof engines)[number]) {
  let client: Client | undefined
  afterEach(async () => {
    await client?.close()
    client = undefined
  })
  return () => {
    client ??= engine.client(mock.server.baseURL)
    return client
  }
}

/** Call options that script this one request through the emulator's header. */
export function scenario<T extends CallOptions>(value: Scenario, options: T = {} as T): T {
  // Header values are Latin-1: escape the rest, which JSON.parse on the other side undoes.
  const json = JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return { ...options, headers: { ...options.headers, 'x-mock-scenario': json } }
}

export const params = (extra: Partial<MessagesParams> = {}): MessagesParams => ({
  model: 'anthropic/claude-haiku-4.5',
  max_tokens: 200,
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

export const weatherTool = {
  name: 'get_weather',
  description: 'Current weather of a city',
  input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] },
}

/** A recorded stream from test/fixtures, split into one piece per event for the emulator's `raw`. */
export function fixturePieces(name: string): string[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => `${block}\n\n`)
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

/** Polls until `check` is true, for effects that land asynchronously (a socket closing). */
export async function eventually(check: () => boolean, withinMs = 3000): Promise<void> {
  const deadline = Date.now() + withinMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of stream) items.push(item)
  return items
}
