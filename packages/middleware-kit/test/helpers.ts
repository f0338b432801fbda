import { type MockServer, type RecordedRequest, type Scenario, startMockServer } from '@orsdk/mock-server'
import { TEST_KEY } from '@orsdk/test-support'
import { type Client, createClient, type Middleware, type MiddlewareRequest } from '@orsdk/transport'
import { EventStream, jsonSseProtocol, type RequestSpec, type StreamSource } from '@orsdk/transport/protocol'

export { collect, rejection, scenario, TEST_KEY } from '@orsdk/test-support'

export interface EngineUnderTest {
  name: string
  /** A client on `server`, closed by `withServer` when the test ends. */
  client: (server: MockServer, middleware?: Middleware[]) => Client
}

// The clients made on each emulator, closed with it.
const clientsOf = new WeakMap<MockServer, Client[]>()

function clientOn(server: MockServer, client: Client): Client {
  clientsOf.set(server, [...(clientsOf.get(server) ?? []), client])
  return client
}

/** Node resolves `@orsdk/transport` to its undici engine; passing `fetch` forces the fetch engine. */
export const engines: EngineUnderTest[] = [
  {
    name: 'node engine (undici)',
    client: (server, middleware) =>
      clientOn(server, createClient({ baseURL: server.baseURL, apiKey: TEST_KEY, middleware })),
  },
  {
    name: 'fetch engine',
    client: (server, middleware) =>
      clientOn(
        server,
        createClient({ baseURL: server.baseURL, apiKey: TEST_KEY, middleware, fetch: globalThis.fetch }),
      ),
  },
]

/** Runs `test` against an emulator of its own (optionally scripted), closing it and its clients after. */
export async function withServer(
  script: ((request: RecordedRequest) => Scenario | undefined) | undefined,
  test: (server: MockServer) => Promise<void>,
): Promise<void> {
  const server = await startMockServer(script === undefined ? {} : { script })
  try {
    await test(server)
  } finally {
    await Promise.all((clientsOf.get(server) ?? []).map((client) => client.close()))
    await server.close()
  }
}

export const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

export const chatSpec = (extra: Record<string, unknown> = {}): RequestSpec => ({
  operation: 'chat',
  method: 'POST',
  path: '/chat/completions',
  body: chatBody(extra),
})

export const streamSpec = (extra: Record<string, unknown> = {}): RequestSpec => ({
  operation: 'chat.stream',
  method: 'POST',
  path: '/chat/completions',
  body: chatBody({ stream: true, ...extra }),
})

/** What these tests read from a chat chunk. */
export interface Chunk {
  model?: string
  choices: { delta?: { content?: string | null } }[]
}

const chunks = jsonSseProtocol<Chunk, undefined>({
  name: 'chat stream',
  accumulate: () => ({ add: () => {}, result: () => undefined }),
})

/** Reads a chat stream source as chunks (middleware only ever sees a stream's start). */
export const chunksOf = (source: StreamSource): AsyncIterable<Chunk> => new EventStream(source, chunks)

/** The model a recorded request asked for. */
export const modelOf = (request: RecordedRequest | undefined) => (request?.body as { model?: string })?.model

/** A request as middleware sees it, for calling a middleware directly without a client. */
export const middlewareRequest = (extra: Partial<MiddlewareRequest> = {}): MiddlewareRequest => ({
  operation: 'chat',
  method: 'POST',
  url: 'https://openrouter.test/api/v1/chat/completions',
  headers: {},
  body: chatBody(),
  stream: false,
  attempt: 1,
  ...extra,
})
