import { type MockServer, type RecordedRequest, type Scenario, startMockServer } from '@orsdk/mock-server'
import { TEST_KEY } from '@orsdk/test-support'
import { type Client, createClient, type Middleware } from '@orsdk/transport'

export { rejection, scenario, TEST_KEY } from '@orsdk/test-support'

export interface EngineUnderTest {
  name: string
  client: (server: MockServer, middleware?: Middleware[]) => Client
}

/** Node resolves `@orsdk/transport` to its undici engine; passing `fetch` forces the fetch engine. */
export const engines: EngineUnderTest[] = [
  {
    name: 'node engine (undici)',
    client: (server, middleware) => createClient({ baseURL: server.baseURL, apiKey: TEST_KEY, middleware }),
  },
  {
    name: 'fetch engine',
    client: (server, middleware) =>
      createClient({ baseURL: server.baseURL, apiKey: TEST_KEY, middleware, fetch: globalThis.fetch }),
  },
]

/** Runs `test` against an emulator of its own (optionally scripted), closing both after. */
export async function withServer(
  script: ((request: RecordedRequest) => Scenario | undefined) | undefined,
  test: (server: MockServer) => Promise<void>,
): Promise<void> {
  const server = await startMockServer(script === undefined ? {} : { script })
  try {
    await test(server)
  } finally {
    await server.close()
  }
}

export const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

export const chatSpec = (extra: Record<string, unknown> = {}) =>
  ({
    operation: 'chat',
    method: 'POST',
    path: '/chat/completions',
    body: chatBody(extra),
    response: 'json',
  }) as const

export const streamSpec = (extra: Record<string, unknown> = {}) =>
  ({
    operation: 'chat.stream',
    method: 'POST',
    path: '/chat/completions',
    body: chatBody({ stream: true, ...extra }),
    response: 'sse',
  }) as const

/** The model a recorded request asked for. */
export const modelOf = (request: RecordedRequest | undefined) => (request?.body as { model?: string })?.model
