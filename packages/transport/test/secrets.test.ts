import diagnosticsChannel from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { createClient, isOpenRouterError, REQUEST_CHANNEL, redactSecrets } from '../src/index.js'
import { requestJson, requestStream } from '../src/protocol.js'
import {
  ChunkStream,
  chatSpec,
  closeAfterEach,
  collect,
  engines,
  rejection,
  scenario,
  TEST_KEY,
  useMockServer,
} from './helpers.js'

const mock = useMockServer()

// Everything published on the telemetry channel during this file.
const published: unknown[] = []
const channel = diagnosticsChannel.tracingChannel(REQUEST_CHANNEL)
const subscribers = {
  start: (message: unknown) => published.push(message),
  end: (message: unknown) => published.push(message),
  asyncStart: (message: unknown) => published.push(message),
  asyncEnd: (message: unknown) => published.push(message),
  error: (message: unknown) => published.push(message),
}
channel.subscribe(subscribers)
afterAll(() => channel.unsubscribe(subscribers))

const leaks = (value: unknown) => {
  const text =
    typeof value === 'string'
      ? value
      : `${JSON.stringify(value)} ${inspect(value, { depth: 10, showHidden: true })}`
  return text.includes(TEST_KEY) || text.includes(TEST_KEY.slice(9, 40))
}

describe.each(engines)('the API key on the $name', ({ createClient }) => {
  const track = closeAfterEach()
  const client = () => track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY }))
  const failures: Parameters<typeof scenario>[0][] = [
    { status: 401 },
    { status: 429, retryAfter: 3 },
    { status: 502, body: '<html><title>Bad gateway</title></html>' },
    { status: 500, body: '' },
    { status: 200, body: '{"truncated' },
    { resetBeforeHeaders: true },
    // An upstream that echoes the key back must not carry it into the error.
    {
      status: 400,
      body: { error: { code: 400, message: `bad key ${TEST_KEY}`, metadata: { raw: TEST_KEY } } },
    },
  ]

  it.each(failures)('never appears in the error for %j', async (value) => {
    const error = await rejection(requestJson(chatSpec(), scenario(value, { client: client() })))
    expect(isOpenRouterError(error)).toBe(true)
    expect(leaks((error as Error).message)).toBe(false)
    expect(leaks(JSON.stringify(error))).toBe(false)
    expect(leaks(inspect(error, { depth: 10, showHidden: true }))).toBe(false)
  })

  it('never appears in the partial result a failed stream carries', async () => {
    const echo = scenario({ chunks: 2, errorAfter: 2, text: `${TEST_KEY} ${TEST_KEY}` }, { client: client() })
    const error = await rejection(new ChunkStream(await requestStream(chatSpec(true), echo)).allChunks())
    expect(isOpenRouterError(error) && Array.isArray(error.partial) && error.partial.length).toBeGreaterThan(
      0,
    )
    expect(leaks(error)).toBe(false)
    expect(leaks(JSON.stringify((error as { partial?: unknown }).partial))).toBe(false)
  })

  it('never appears in stream errors', async () => {
    const source = await requestStream(
      chatSpec(true),
      scenario({ errorAfter: 1, resetAfter: 3 }, { client: client() }),
    )
    const error = await rejection(collect(new ChunkStream(source)))
    expect(leaks(error)).toBe(false)
  })

  it('is sent to the server but never recorded by the emulator or published to telemetry', async () => {
    await requestJson(chatSpec(), { client: client() })
    const last = mock.server.requests.at(-1)
    expect(last?.headers.authorization).toBe('Bearer [redacted]')
    // The scenario header of the echo case above carries the key on purpose; nothing else may.
    const recorded = mock.server.requests.map(
      ({ headers: { 'x-mock-scenario': _, ...headers }, ...rest }) => ({ ...rest, headers }),
    )
    expect(leaks(recorded)).toBe(false)
    expect(published.length).toBeGreaterThan(0)
    expect(leaks(published)).toBe(false)
  })
})

describe('telemetry payloads', () => {
  it('carry only the documented fields, never the response or the raw error', async () => {
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    published.length = 0
    try {
      await requestJson(chatSpec(), { client })
      await rejection(requestJson(chatSpec(), scenario({ status: 500 }, { client })))
    } finally {
      await client.close()
    }
    const allowed = [
      'operation',
      'method',
      'path',
      'model',
      'stream',
      'attempt',
      'status',
      'durationMs',
      'errorKind',
    ]
    expect(published.length).toBeGreaterThan(0)
    for (const message of published) {
      expect(Object.keys(message as object).filter((key) => !allowed.includes(key))).toEqual([])
    }
  })
})

describe('redactSecrets', () => {
  it('removes the exact key, anything shaped like an OpenRouter key, and bearer tokens', () => {
    const other = `sk-or-v1-${'ab'.repeat(32)}`
    const text = `key ${TEST_KEY}, another ${other}, header Bearer abc.def-123, custom proxy-secret-1`
    expect(redactSecrets(text, 'proxy-secret-1')).toBe(
      'key [redacted], another [redacted], header [redacted], custom [redacted]',
    )
  })

  it('leaves ordinary text alone, and a key too short to be one', () => {
    expect(redactSecrets('the sk-or- prefix and a bearer of news', 'short')).toBe(
      'the sk-or- prefix and a bearer of news',
    )
  })
})
