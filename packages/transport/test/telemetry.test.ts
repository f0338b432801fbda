import diagnosticsChannel from 'node:diagnostics_channel'
import { afterEach, describe, expect, it } from 'vitest'
import { REQUEST_CHANNEL, type TelemetryContext } from '../src/index.js'
import { createClient } from '../src/index.node.js'
import { chatBody, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()

describe('telemetry on diagnostics_channel', () => {
  const channel = diagnosticsChannel.tracingChannel<unknown, TelemetryContext>(REQUEST_CHANNEL)
  const events: [string, TelemetryContext][] = []
  const subscribers = {
    start: (context: TelemetryContext) => events.push(['start', { ...context }]),
    end: () => {},
    asyncStart: () => {},
    asyncEnd: (context: TelemetryContext) => events.push(['asyncEnd', { ...context }]),
    error: (context: TelemetryContext) => events.push(['error', { ...context }]),
  }
  afterEach(() => {
    channel.unsubscribe(subscribers)
    events.length = 0
  })

  it('publishes start and end with operation, path, model, stream flag, status and duration', async () => {
    channel.subscribe(subscribers)
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    await client.request({
      operation: 'chat',
      method: 'POST',
      path: '/chat/completions',
      body: chatBody(),
      response: 'json',
    })
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
    const client = createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY })
    await rejection(
      client.request(
        { operation: 'chat', method: 'POST', path: '/chat/completions', body: chatBody(), response: 'json' },
        scenario({ status: 402 }),
      ),
    )
    expect(events.find(([name]) => name === 'error')?.[1]).toMatchObject({
      status: 402,
      errorKind: 'payment_required',
    })
  })
})
