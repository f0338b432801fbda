import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { EventStream, isOpenRouterError, jsonSseProtocol, type Timeouts } from '../src/index.js'
import { createClient as createNodeClient } from '../src/index.node.js'
import { chatBody, engines, rejection, scenario, TEST_KEY, useMockServer } from './helpers.js'

const mock = useMockServer()
const SLACK_MS = 1500 // timers fire late under load, never early

async function timed(run: () => Promise<unknown>) {
  const started = performance.now()
  const error = await rejection(run())
  return { error, elapsed: performance.now() - started }
}

function expectTimeout(result: { error: unknown; elapsed: number }, which: keyof Timeouts, bound: number) {
  expect(isOpenRouterError(result.error) && result.error.kind).toBe('timeout')
  expect((result.error as Error).message).toContain(`timeout.${which}`)
  expect(result.elapsed).toBeGreaterThanOrEqual(bound - 5)
  expect(result.elapsed).toBeLessThan(bound + SLACK_MS)
}

describe.each(engines)('timeouts on the $name', ({ createClient }) => {
  const client = (timeout: Timeouts) =>
    createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, timeout })
  const post = (timeout: Timeouts, response: 'json' | 'sse', value: Parameters<typeof scenario>[0]) =>
    client(timeout).request(
      {
        operation: 'chat',
        method: 'POST',
        path: '/chat/completions',
        body: chatBody({ stream: response === 'sse' }),
        response,
      },
      scenario(value),
    )
  const drain = async (response: Awaited<ReturnType<typeof post>>) => {
    if (response.type !== 'sse') return
    for await (const _ of new EventStream(response.body, jsonSseProtocol('chat stream'), response)) {
      // read to the end
    }
  }

  it('fires headersMs when headers are late', async () => {
    expectTimeout(
      await timed(() => post({ headersMs: 300 }, 'json', { headersDelayMs: 5000 })),
      'headersMs',
      300,
    )
  })

  it('does not fire headersMs when headers arrive in time', async () => {
    const response = await post({ headersMs: 1000 }, 'json', { headersDelayMs: 200 })
    expect(response.status).toBe(200)
  })

  it('fires idleMs when the body stops', async () => {
    const response = await post({ idleMs: 300 }, 'sse', { stallAfter: 1 })
    expectTimeout(await timed(() => drain(response)), 'idleMs', 300)
  })

  it('fires eventIdleMs on a stalled generation even while keep-alive comments flow', async () => {
    const response = await post({ eventIdleMs: 400, idleMs: 5000 }, 'sse', {
      stallAfter: 1,
      keepAliveDuringStall: 50,
    })
    expectTimeout(await timed(() => drain(response)), 'eventIdleMs', 400)
  })

  it('does not fire eventIdleMs while events keep coming', async () => {
    const response = await post({ eventIdleMs: 300 }, 'sse', { chunks: 8, chunkDelayMs: 100 })
    await drain(response)
  })

  it('does not count time the consumer holds an event against eventIdleMs', async () => {
    const response = await post({ eventIdleMs: 200 }, 'sse', { chunks: 3 })
    if (response.type !== 'sse') throw new Error('expected a stream')
    for await (const _ of new EventStream(response.body, jsonSseProtocol('chat stream'), response)) {
      await new Promise((resolve) => setTimeout(resolve, 350))
    }
  })

  it('fires totalMs on a buffered call whose body is slow', async () => {
    // A stream read as one buffered body: headers come at once, the body never ends.
    const result = await timed(() =>
      client({ totalMs: 400 }).request(
        {
          operation: 'chat',
          method: 'POST',
          path: '/chat/completions',
          body: chatBody({ stream: true }),
          response: 'json',
        },
        scenario({ chunks: 50, chunkDelayMs: 50 }),
      ),
    )
    expectTimeout(result, 'totalMs', 400)
  })

  it('takes a per-call timeout over the client one', async () => {
    const slow = client({ headersMs: 60_000 })
    const result = await timed(() =>
      slow.request(
        { operation: 'chat', method: 'POST', path: '/chat/completions', body: chatBody(), response: 'json' },
        scenario({ headersDelayMs: 5000 }, { timeout: { headersMs: 250 } }),
      ),
    )
    expectTimeout(result, 'headersMs', 250)
  })
})

describe('connectMs on the node engine', () => {
  // A listener with a full backlog that never accepts: the kernel drops further SYNs, so
  // connect hangs like it does against a blackholed host, but on loopback.
  it('fires when the TCP connection cannot be made', async () => {
    const python = spawn('python3', [
      '-c',
      [
        'import socket,sys,time',
        's=socket.socket(); s.bind(("127.0.0.1",0)); s.listen(0)',
        'port=s.getsockname()[1]',
        'fill=socket.create_connection(("127.0.0.1",port))',
        'print(port,flush=True)',
        'sys.stdin.read()',
      ].join('\n'),
    ])
    try {
      const port = await new Promise<string>((resolve) =>
        python.stdout.once('data', (data) => resolve(String(data).trim())),
      )
      const client = createNodeClient({
        baseURL: `http://127.0.0.1:${port}/api/v1`,
        apiKey: TEST_KEY,
        timeout: { connectMs: 300 },
      })
      const result = await timed(() =>
        client.request({ operation: 'models', method: 'GET', path: '/models', response: 'json' }),
      )
      expectTimeout(result, 'connectMs', 300)
      await client.close()
    } finally {
      python.kill()
    }
  })
})
