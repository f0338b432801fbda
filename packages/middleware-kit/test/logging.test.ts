import { requestJson, requestStream } from '@orsdk/transport/protocol'
import { describe, expect, it, vi } from 'vitest'
import { type LogEntry, logging } from '../src/logging.js'
import { retry } from '../src/retry.js'
import {
  chatSpec,
  chunksOf,
  collect,
  engines,
  rejection,
  scenario,
  streamSpec,
  TEST_KEY,
  withServer,
} from './helpers.js'

describe.each(engines)('logging on the $name', ({ client: clientFor }) => {
  it('logs one entry with timing, status, model, attempt and generation id when a call succeeds', async () => {
    await withServer(undefined, async (server) => {
      const entries: LogEntry[] = []
      const response = await requestJson(chatSpec(), {
        client: clientFor(server, [logging({ log: (entry) => entries.push(entry) })]),
      })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({
        event: 'orsdk.request',
        outcome: 'ok',
        operation: 'chat',
        method: 'POST',
        path: '/api/v1/chat/completions',
        model: 'openai/gpt-4o-mini',
        stream: false,
        attempt: 1,
        status: 200,
        generationId: response.generationId,
      })
      expect(entries[0]?.durationMs).toBeGreaterThanOrEqual(0)
    })
  })

  it('logs the error kind and each attempt when it sits inside retry', async () => {
    let calls = 0
    await withServer(
      () => (++calls === 1 ? { status: 503 } : undefined),
      async (server) => {
        const entries: LogEntry[] = []
        const middleware = [
          retry({ sleep: async () => {} }),
          logging({ log: (entry) => entries.push(entry) }),
        ]
        await requestJson(chatSpec(), { client: clientFor(server, middleware) })
        expect(entries.map(({ outcome, attempt, status }) => ({ outcome, attempt, status }))).toEqual([
          { outcome: 'error', attempt: 1, status: 503 },
          { outcome: 'ok', attempt: 2, status: 200 },
        ])
        expect(entries[0]).toMatchObject({ errorKind: 'server' })
      },
    )
  })

  it('logs a stream once its headers arrive', async () => {
    await withServer(undefined, async (server) => {
      const entries: LogEntry[] = []
      const source = await requestStream(streamSpec(), {
        client: clientFor(server, [logging({ log: (entry) => entries.push(entry) })]),
      })
      expect(entries).toMatchObject([{ outcome: 'ok', stream: true, operation: 'chat.stream' }])
      expect((await collect(chunksOf(source))).length).toBeGreaterThan(1)
      expect(entries).toHaveLength(1)
    })
  })

  it("adds the call's telemetry fields to the entry, with any key in them redacted", async () => {
    await withServer(undefined, async (server) => {
      const entries: LogEntry[] = []
      const client = clientFor(server, [logging({ log: (entry) => entries.push(entry) })])
      await requestJson(chatSpec(), { client, telemetry: { tenant: 'acme', note: `key ${TEST_KEY}` } })
      expect(entries[0]).toMatchObject({ tenant: 'acme', note: 'key [redacted]', outcome: 'ok' })
      expect(JSON.stringify(entries)).not.toContain(TEST_KEY)
    })
  })

  it('never prints the key, even when the caller or the server puts it in view', async () => {
    const printed: string[] = []
    const write = (...parts: unknown[]) => void printed.push(parts.map(String).join(' '))
    const out = vi.spyOn(console, 'log').mockImplementation(write)
    const err = vi.spyOn(console, 'error').mockImplementation(write)
    try {
      await withServer(undefined, async (server) => {
        const client = clientFor(server, [logging()])
        await requestJson(chatSpec(), { client })
        await rejection(requestJson(chatSpec(), scenario({ status: 401 }, { client })))
        const echo = { error: { code: 400, message: `bad key ${TEST_KEY} (Bearer ${TEST_KEY})` } }
        await rejection(requestJson(chatSpec(), scenario({ status: 400, body: echo }, { client })))
        await requestJson(chatSpec(), { headers: { authorization: `Bearer ${TEST_KEY}` }, client })
      })
    } finally {
      out.mockRestore()
      err.mockRestore()
    }
    expect(printed).toHaveLength(4)
    expect(printed.map((line) => JSON.parse(line).outcome)).toEqual(['ok', 'error', 'error', 'ok'])
    for (const line of printed) {
      expect(line).not.toContain(TEST_KEY)
      expect(line).not.toContain('0123456789abcdef')
    }
  })
})

describe('logging options', () => {
  it('throws a TypeError naming the option when an option is invalid', () => {
    expect(() => logging({ log: 'stdout' as never })).toThrow(/log/)
    expect(() => logging({ now: 5 as never })).toThrow(/now/)
  })
})
