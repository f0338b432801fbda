import { type MockServer, type Scenario, startMockServer } from '@orsdk/mock-server'
import { type CallOptions, type Client, createClient, isOpenRouterError } from '@orsdk/transport'
import { afterAll, beforeAll, expect } from 'vitest'

/** Shaped like a real key, so a leak of it would be caught. */
export const TEST_KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`

/** Both engines: the node condition resolves undici; a `fetch` option forces the fetch engine. */
export const engines = [
  { name: 'node engine', client: (baseURL: string): Client => createClient({ baseURL, apiKey: TEST_KEY }) },
  {
    name: 'fetch engine',
    client: (baseURL: string): Client => createClient({ baseURL, apiKey: TEST_KEY, fetch: globalThis.fetch }),
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

/** Call options that script this one request through the emulator's header. */
export function scenario<T extends CallOptions>(value: Scenario, options: T = {} as T): T {
  return { ...options, headers: { ...options.headers, 'x-mock-scenario': JSON.stringify(value) } }
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

/** Asserts a call rejects with `invalid_request` naming `field`, before any request reaches the server. */
export async function expectInvalid(
  server: MockServer,
  call: Promise<unknown>,
  field: string,
): Promise<string> {
  const before = server.requests.length
  const error = await rejection(call)
  expect(isOpenRouterError(error) && error.kind).toBe('invalid_request')
  const message = error instanceof Error ? error.message : ''
  expect(message).toContain(`: ${field}: `)
  expect(server.requests.length).toBe(before)
  return message
}

/** The body of the last request the emulator received. */
export function lastBody(server: MockServer): Record<string, unknown> {
  return server.requests.at(-1)?.body as Record<string, unknown>
}

/** Collects an async iterable. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of iterable) items.push(item)
  return items
}
