import { fetch as undiciFetch } from 'undici'
import { type Client, type ClientOptions, createClient } from '../src/index.js'
import {
  type Accumulator,
  EventStream,
  jsonSseProtocol,
  type RequestSpec,
  type StreamSinkEvent,
  type StreamSource,
} from '../src/protocol.js'

export {
  closeAfterEach,
  collect,
  eventually,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
  withServer as withOwnServer,
} from '@orsdk/test-support'

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

/** Both engines: undici (the default on Node), and fetch (what a `fetch` option selects). */
export const engines: EngineUnderTest[] = [
  { name: 'node engine (undici)', createClient: (options) => createClient(options), socketCounting: {} },
  {
    name: 'fetch engine',
    createClient: (options) => createClient({ fetch: globalThis.fetch, ...options }),
    socketCounting: { fetch: undiciFetch as typeof fetch },
  },
]

export const chatBody = (extra: Record<string, unknown> = {}) => ({
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'Hello' }],
  ...extra,
})

/** A chat completion request, buffered or streamed. */
export const chatSpec = (stream = false, extra: Record<string, unknown> = {}): RequestSpec => ({
  operation: stream ? 'chat.stream' : 'chat',
  method: 'POST',
  path: '/chat/completions',
  body: chatBody(stream ? { stream: true, ...extra } : extra),
})

/** A chunk of the chat stream, as far as these tests look into one. */
export interface Chunk {
  choices: { delta: { content?: string } }[]
  usage?: unknown
}

/** The chat stream read raw: every chunk, and the chunks so far as the result. */
export const chunkProtocol = jsonSseProtocol<Chunk, Chunk[]>({
  name: 'chat stream',
  accumulate: (): Accumulator<Chunk, Chunk[]> => {
    const chunks: Chunk[] = []
    return { add: (chunk) => chunks.push(chunk), result: () => chunks }
  },
})

/** The text of a chunk. */
export const textOf = (chunk: Chunk) => chunk.choices[0]?.delta.content ?? ''

/** A stream of raw chunks whose result is every chunk: the generic stream as a capability uses it. */
export class ChunkStream extends EventStream<Chunk, Chunk[]> {
  constructor(source: StreamSource, into?: (event: StreamSinkEvent<Chunk, Chunk[]>) => void) {
    super(source, chunkProtocol, into)
  }

  allChunks(): Promise<Chunk[]> {
    return this.final('allChunks()')
  }
}
