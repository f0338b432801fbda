import diagnosticsChannel from 'node:diagnostics_channel'
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { createClient, REQUEST_CHANNEL, type TelemetryContext } from '../../src/index.js'
import { requestJson } from '../../src/protocol.js'
import { chatSpec, rejection, scenario, TEST_KEY, useMockServer } from '../helpers.js'

// Found while building the transport: it published through `tracingChannel.tracePromise`,
// which puts the resolved response on the payload as `result` (and the raw error as `error`).
// A subscriber to `orsdk:request` then saw whatever the response held, for example the key an
// OAuth code exchange had just issued. Now the sub-channels are published by hand and the
// payload carries the documented TelemetryContext fields only.

const mock = useMockServer()
const DOCUMENTED = [
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
const ISSUED_KEY = `sk-or-v1-${'fedcba9876543210'.repeat(4)}`

// Telemetry is published by the Node platform, whichever engine sends.
const engines = [
  { name: 'node engine (undici)', fetch: undefined },
  { name: 'fetch engine', fetch: globalThis.fetch },
]

describe.each(engines)('telemetry payloads on the $name', ({ fetch }) => {
  it('publishes only the documented fields, never the response, when a request resolves or fails', async () => {
    const channel = diagnosticsChannel.tracingChannel<unknown, TelemetryContext>(REQUEST_CHANNEL)
    const payloads: unknown[] = []
    const record = (context: unknown) => payloads.push(context)
    const subscribers = { start: record, end: record, asyncStart: record, asyncEnd: record, error: record }
    channel.subscribe(subscribers)
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, fetch })
    try {
      const exchange = await requestJson(
        {
          operation: 'oauth.exchange',
          method: 'POST',
          path: '/auth/keys',
          body: { code: 'c' },
          auth: 'none',
        },
        scenario({ status: 200, body: { key: ISSUED_KEY, user_id: 'u' } }, { client }),
      )
      expect((exchange.data as { key: string }).key).toBe(ISSUED_KEY)
      await rejection(requestJson(chatSpec(), scenario({ status: 500 }, { client })))
    } finally {
      channel.unsubscribe(subscribers)
      await client.close()
    }
    expect(payloads.length).toBeGreaterThanOrEqual(8)
    for (const payload of payloads) {
      expect(DOCUMENTED).toEqual(expect.arrayContaining(Object.keys(payload as object)))
      const text = inspect(payload, { depth: 10, showHidden: true })
      expect(text).not.toContain(ISSUED_KEY)
      expect(text).not.toContain(TEST_KEY)
    }
  })
})
