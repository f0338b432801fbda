import { afterAll, afterEach } from 'vitest'

/**
 * One client for the enclosing `describe` (or file): made on first use, closed after the last
 * test. Tests keep calling `client()`; the pool is reused and never left open.
 *
 * @example
 * describe.each(engines)('chat on the $name', ({ client: makeClient }) => {
 *   const client = useClient(() => makeClient(mock.server.baseURL))
 *   it('…', async () => { await chat(params, { client: client() }) })
 * })
 */
export function useClient<C extends { close(): Promise<void> }>(make: () => C): () => C {
  let current: C | undefined
  afterAll(async () => {
    const open = current
    current = undefined
    await open?.close()
  })
  return () => {
    current ??= make()
    return current
  }
}

/** Runs `test` with a client of its own and closes it after, passed or failed. */
export async function withClient<C extends { close(): Promise<void> }, T>(
  client: C,
  test: (client: C) => Promise<T>,
): Promise<T> {
  try {
    return await test(client)
  } finally {
    await client.close()
  }
}

/**
 * Closes after each test every client passed to the returned function, so tests that make a
 * client per case need no try/finally.
 *
 * @example
 * const track = closeAfterEach()
 * it('...', async () => { const client = track(createClient({ baseURL, apiKey })) })
 */
export function closeAfterEach(): <T extends { close(): Promise<void> }>(client: T) => T {
  const open: { close(): Promise<void> }[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((client) => client.close()))
  })
  return (client) => {
    open.push(client)
    return client
  }
}
