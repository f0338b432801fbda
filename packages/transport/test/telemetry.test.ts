import diagnosticsChannel from 'node:diagnostics_channel'
import { afterEach, describe, expect, it } from 'vitest'
import { REQUEST_CHANNEL, type TelemetryContext } from '../src/index.js'
import { requestJson } from '../src/protocol.js'
import { chatSpec, closeAfterEach, engines, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe.each(engines)('telemetry on diagnostics_channel, $name', ({ createClient }) => {
  const channel = diagnosticsChannel.tracingChannel<unknown, TelemetryContext>(REQUEST_CHANNEL)
  const events: [string, TelemetryContext][] = []
  const subscribers = {
    start: (context: TelemetryContext) => events.push(['start', { ...context }]),
    end: () => {},
    asyncStart: () => {},
    asyncEnd: (context: TelemetryContext) => events.push(['asyncEnd', { ...context }]),
    error: (context: TelemetryContext) => events.push(['error', { ...context }]),
  }
  const track = closeAfterEach()
  const client = (telemetry?: Record<string, string | number | boolean>) =>
    track(
      createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, ...(telemetry ? { telemetry } : {}) }),
    )
  afterEach(() => {
    channel.unsubscribe(subscribers)
    events.length = 0
  })

  it('publishes start and end with operation, path, model, stream flag, status and duration', async () => {
    channel.subscribe(subscribers)
    await requestJson(chatSpec(), { client: client() })
    expect(events.map(([name]) => name)).toEqual(['start', 'asyncEnd'])
    expect(events[1]?.[1]).toMatchObject({
      operation: 'chat',
      method: 'POST',
      path: '/chat/completions',
      model: 'openai/gpt-4o-mini',
      stream: false,
      attempt: 1,
      status: 200,
    })
    expect(events[1]?.[1].durationMs).toBeGreaterThan(0)
  })

  it('publishes error with the kind and status', async () => {
    channel.subscribe(subscribers)
    await rejection(requestJson(chatSpec(), scenario({ status: 402 }, { client: client() })))
    expect(events.find(([name]) => name === 'error')?.[1]).toMatchObject({
      status: 402,
      errorKind: 'payment_required',
    })
  })

  it("adds the client's and the call's telemetry fields, the call's winning, and never over its own fields", async () => {
    channel.subscribe(subscribers)
    const tagged = client({ tenant: 'acme', region: 'eu', operation: 'spoofed' })
    await requestJson(chatSpec(), { client: tagged, telemetry: { region: 'us', requestId: 'r-1' } })
    expect(events[1]?.[1]).toMatchObject({
      tenant: 'acme',
      region: 'us',
      requestId: 'r-1',
      operation: 'chat',
    })
  })

  it('scrubs a key put in a telemetry field', async () => {
    channel.subscribe(subscribers)
    await requestJson(chatSpec(), { client: client({ note: `for ${TEST_KEY}` }) })
    expect(JSON.stringify(events)).not.toContain(TEST_KEY)
    expect(events[0]?.[1].note).toBe('for [redacted]')
  })
})
