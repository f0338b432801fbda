import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isOpenRouterError, type Timeouts } from '../src/index.js'
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

// Which timer fired, and that it aborted the request: the emulator sets up each situation.
// How long a timer waits is tested with fake timers (watchdog.test.ts, attempt.test.ts), not
// against the wall clock, which a loaded machine stretches.

const mock = useMockServer()

function expectTimeout(error: unknown, which: keyof Timeouts) {
  expect(isOpenRouterError(error) && error.kind).toBe('timeout')
  expect((error as Error).message).toContain(`timeout.${which}`)
}

describe.each(engines)('timeouts on the $name', ({ createClient }) => {
  const track = closeAfterEach()
  const client = (timeout: Timeouts) =>
    track(createClient({ baseURL: mock.server.baseURL, apiKey: TEST_KEY, timeout }))
  const stream = async (timeout: Timeouts, value: Parameters<typeof scenario>[0]) =>
    new ChunkStream(await requestStream(chatSpec(true), scenario(value, { client: client(timeout) })))

  it('fires headersMs when headers are late', async () => {
    const error = await rejection(
      requestJson(chatSpec(), scenario({ headersDelayMs: 5000 }, { client: client({ headersMs: 300 }) })),
    )
    expectTimeout(error, 'headersMs')
  })

  it('does not fire headersMs when headers arrive in time', async () => {
    const response = await requestJson(
      chatSpec(),
      scenario({ headersDelayMs: 50 }, { client: client({ headersMs: 5000 }) }),
    )
    expect(response.status).toBe(200)
  })

  it('fires idleMs when the body stops', async () => {
    expectTimeout(await rejection(collect(await stream({ idleMs: 300 }, { stallAfter: 1 }))), 'idleMs')
  })

  it('fires eventIdleMs on a stalled generation even while keep-alive comments flow', async () => {
    const stalled = await stream(
      { eventIdleMs: 400, idleMs: 60_000 },
      { stallAfter: 1, keepAliveDuringStall: 50 },
    )
    const error = await rejection(stalled.allChunks())
    expectTimeout(error, 'eventIdleMs')
    expect(isOpenRouterError(error) && error.status).toBe(200)
    expect(isOpenRouterError(error) && (error.partial as unknown[]).length).toBe(1)
  })

  it('does not fire eventIdleMs while events keep coming', async () => {
    const chunks = await collect(await stream({ eventIdleMs: 2000 }, { chunks: 8, chunkDelayMs: 20 }))
    expect(chunks.length).toBeGreaterThan(8)
  })

  it('does not count time the consumer holds an event against eventIdleMs', async () => {
    let held = 0
    for await (const _ of await stream({ eventIdleMs: 100 }, { chunks: 3 })) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      held++
    }
    expect(held).toBeGreaterThan(3)
  })

  it('fires totalMs on a buffered call whose body is slow', async () => {
    // A stream read as one buffered body: headers come at once, the body takes seconds.
    const error = await rejection(
      requestJson(
        chatSpec(true),
        scenario({ chunks: 100, chunkDelayMs: 50 }, { client: client({ totalMs: 300 }) }),
      ),
    )
    expectTimeout(error, 'totalMs')
  })

  it('takes a per-call timeout over the client one', async () => {
    const slow = client({ headersMs: 60_000 })
    const error = await rejection(
      requestJson(
        chatSpec(),
        scenario({ headersDelayMs: 5000 }, { client: slow, timeout: { headersMs: 250 } }),
      ),
    )
    expectTimeout(error, 'headersMs')
  })
})

describe('connectMs on the node engine', () => {
  const track = closeAfterEach()

  // A listener whose event loop is blocked never accepts: once one connection fills its backlog,
  // the kernel drops further SYNs, so a connect hangs as it does against a blackholed host.
  it('fires when the TCP connection cannot be made', async () => {
    const child = spawn(process.execPath, [
      '-e',
      `const server = require('node:net').createServer()
       server.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
         process.stdout.write(server.address().port + '\\n', () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0))
       })`,
    ])
    const filler: ReturnType<typeof connect>[] = []
    try {
      const port = await new Promise<number>((resolve) =>
        child.stdout.once('data', (data) => resolve(Number(data))),
      )
      // Fill the backlog (a backlog of 1 holds two, in Linux).
      for (let index = 0; index < 3; index++) filler.push(connect(port, '127.0.0.1').on('error', () => {}))
      const { createClient } = await import('../src/index.js')
      const client = track(
        createClient({
          baseURL: `http://127.0.0.1:${port}/api/v1`,
          apiKey: TEST_KEY,
          timeout: { connectMs: 300 },
        }),
      )
      const error = await rejection(
        requestJson({ operation: 'models', method: 'GET', path: '/models' }, { client }),
      )
      expectTimeout(error, 'connectMs')
    } finally {
      for (const socket of filler) socket.destroy()
      child.kill('SIGKILL')
    }
  })
})
