import { type MockServer, type MockServerOptions, type Scenario, startMockServer } from '@orsdk/mock-server'
import { afterAll, beforeAll } from 'vitest'

/** Shaped like a real key, so a leak of it would be caught by the secret sweeps. */
export const TEST_KEY = `sk-or-v1-${'0123456789abcdef'.repeat(4)}`

/** Starts one emulator for the test file and closes it after. */
export function useMockServer(options?: MockServerOptions): { readonly server: MockServer } {
  const holder: { server?: MockServer } = {}
  beforeAll(async () => {
    holder.server = await startMockServer(options)
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
export async function withServer(
  test: (server: MockServer) => Promise<void>,
  options?: MockServerOptions,
): Promise<void> {
  const server = await startMockServer(options)
  try {
    await test(server)
  } finally {
    await server.close()
  }
}

/** Call options that script this one request through the emulator's `x-mock-scenario` header. */
export function scenario<T extends object = Record<never, never>>(
  value: Scenario,
  options: T = {} as T,
): T & { headers: Record<string, string> } {
  // Header values are Latin-1: escape the rest, which JSON.parse on the other side undoes.
  const json = JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  const headers = (options as { headers?: Record<string, string> }).headers
  return { ...options, headers: { ...headers, 'x-mock-scenario': json } }
}
