import { chatStream } from '@orsdk/chat'
import { createClient, isOpenRouterError } from '@orsdk/transport'
import { describe, expect, it } from 'vitest'
import { markdownTable, writeArtifact } from '../support/artifacts.js'
import { startEmulatorProcess } from '../support/emulator-process.js'
import { eventually } from '../support/eventually.js'
import { TEST_KEY } from '../support/keys.js'
import { activeHandles, type Reading, read, samplePeak } from '../support/memory.js'

const SEQUENTIAL = Number(process.env.SOAK_SEQUENTIAL ?? 10_000)
const CONCURRENT = Number(process.env.SOAK_CONCURRENT ?? 10_000)
const WARM_UP = 200
/** Heap after GC may sit this far above the start after the sequential phase and after close. */
const HEAP_BOUND_MB = 20
/**
 * After a burst of 10,000 concurrent streams, until `client.close()`: undici's Pool keeps one
 * `Client` object per connection it ever opened (no `clientTtl` set), after their sockets
 * retired too, a few KB each. A high-water mark, not a leak: a second burst reuses them.
 */
const HEAP_BOUND_POOLED_MB = 80
/** A second identical burst may add at most this much over the first: no growth per burst. */
const HEAP_BOUND_SECOND_BURST_MB = 10
/** RSS may stay this far above the start: the allocator keeps pages the 10,000-stream peak used. */
const RSS_BOUND_MB = 300
/**
 * A burst starts its 10,000 streams in waves of 500, 100 ms apart; each consumer reads its first
 * chunk, then waits until every stream of the burst has its first chunk before reading on, so
 * all 10,000 are mid-stream together however slow the machine is (the test asserts it), and the
 * emulator paces each one (3 chunks, 5 s apart), so their sockets are open on both sides then. Waves keep at most 500 connects on the emulator's listen backlog (Node's default 511):
 * started in one tick, 10,000 connects overflow it, dropped SYNs retry after 1, 3, 7 s and some
 * calls hit `connectMs`, a property of one loopback listener, not of the SDK. Each process
 * holds 10,000 sockets, under `ulimit -n` (20,000).
 */
const WAVE = 500
const WAVE_GAP_MS = 100
const params = { model: 'openai/gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hi' }] }
const threeChunks = { 'x-mock-scenario': JSON.stringify({ chunks: 3 }) }
/** The server keeps each burst stream open 10 s past its first chunk, past the whole ramp. */
const slowThreeChunks = { 'x-mock-scenario': JSON.stringify({ chunks: 3, chunkDelayMs: 5000 }) }
/** Share of the burst's sockets the emulator must hold open at once when the gate opens. */
const SERVER_SOCKETS_SHARE = 0.9

describe('soak: one node-engine client', () => {
  it(`runs ${SEQUENTIAL} sequential then 2 x ${CONCURRENT} concurrent streams without growth or leaks`, async () => {
    const emulator = await startEmulatorProcess()
    // connectMs: a loaded CI machine can take seconds to accept a wave of 500 connects.
    const client = createClient({
      baseURL: emulator.baseURL,
      apiKey: TEST_KEY,
      timeout: { connectMs: 60_000 },
    })
    let ready = 0
    let release = () => {}
    let gate = Promise.resolve()
    const outcomes: Record<string, Record<string, number>> = { sequential: {}, concurrent: {} }
    let inFlight = 0
    let peakInFlight = 0
    const one = async (phase: 'sequential' | 'concurrent') => {
      let outcome = 'ok'
      let chunks = 0
      peakInFlight = Math.max(peakInFlight, ++inFlight)
      try {
        const headers = phase === 'sequential' ? threeChunks : slowThreeChunks
        const stream = await chatStream(params, { client, headers })
        for await (const _ of stream) {
          if (++chunks === 1 && phase === 'concurrent') {
            ready++
            await gate
          }
        }
        if (chunks < 4) outcome = 'short'
      } catch (error) {
        if (phase === 'concurrent' && chunks === 0) ready++
        outcome = isOpenRouterError(error) ? error.kind : `other: ${String(error)}`
        if (messages.size < 5) messages.add(String((error as Error).message).slice(0, 160))
      }
      inFlight--
      const counts = outcomes[phase] as Record<string, number>
      counts[outcome] = (counts[outcome] ?? 0) + 1
    }
    const messages = new Set<string>()
    const readings: Reading[] = []
    const peaks: { phase: string; seconds: number; rssMB: number; heapUsedMB: number }[] = []
    const phase = async (name: string, run: () => Promise<unknown>) => {
      const peak = samplePeak()
      const started = performance.now()
      await run()
      peaks.push({ phase: name, seconds: (performance.now() - started) / 1000, ...peak.stop() })
      readings.push(await read(`after ${name}`))
    }
    try {
      for (let index = 0; index < WARM_UP; index++) await one('sequential')
      outcomes.sequential = {}
      readings.push(await read('before'))
      await phase(`${SEQUENTIAL} sequential`, async () => {
        for (let index = 0; index < SEQUENTIAL; index++) await one('sequential')
      })
      let peakServerSockets = 0
      const burst = async (label: string) => {
        await emulator.reset()
        peakInFlight = 0
        ready = 0
        gate = new Promise((resolve) => {
          release = resolve
        })
        await phase(label, async () => {
          const running: Promise<void>[] = []
          for (let started = 0; started < CONCURRENT; started += WAVE) {
            for (let index = started; index < Math.min(CONCURRENT, started + WAVE); index++)
              running.push(one('concurrent'))
            await new Promise((resolve) => setTimeout(resolve, WAVE_GAP_MS))
          }
          await eventually(() => ready === CONCURRENT, 120_000)
          peakServerSockets = Math.max(peakServerSockets, await emulator.openConnections())
          release()
          await Promise.all(running)
        })
        // Without close(): idle keep-alive sockets must retire by themselves (undici's keep-alive timer).
        await eventually(() => !('TCPSocketWrap' in activeHandles()), 20_000)
        readings.push(await read(`${label}, idle sockets retired`))
      }
      await burst(`${CONCURRENT} concurrent`)
      const firstPeak = peakInFlight
      await burst(`${CONCURRENT} concurrent again`)
      peakInFlight = Math.min(firstPeak, peakInFlight)
      await emulator.reset()
      await client.close()
      await eventually(() => !('TCPSocketWrap' in activeHandles()), 10_000)
      readings.push(await read('after close'))
      const serverSockets = await emulator.openConnections()

      const [before] = readings as [Reading]
      const handleTypes = [...new Set(readings.flatMap((reading) => Object.keys(reading.handles)))].sort()
      const report = [
        `# Soak figures`,
        `One node-engine client; chat streams of 3 content chunks (+ usage, [DONE]) from the emulator in a child process.`,
        markdownTable(
          ['reading', 'rss MB', 'heap MB (after GC)', ...handleTypes],
          readings.map((reading) => [
            reading.label,
            reading.rssMB,
            reading.heapUsedMB,
            ...handleTypes.map((type) => reading.handles[type] ?? 0),
          ]),
        ),
        markdownTable(
          ['phase', 'seconds', 'peak rss MB', 'peak heap MB'],
          peaks.map((peak) => [peak.phase, peak.seconds.toFixed(1), peak.rssMB, peak.heapUsedMB]),
        ),
        `outcomes: sequential ${JSON.stringify(outcomes.sequential)}, concurrent ${JSON.stringify(outcomes.concurrent)}; ` +
          `peak streams in flight together: ${peakInFlight}; emulator sockets open with every stream mid-flight: ${peakServerSockets}; ` +
          `emulator sockets after close: ${serverSockets}`,
        `bounds: heap after GC within ${HEAP_BOUND_MB} MB of "before" (${HEAP_BOUND_POOLED_MB} MB after a burst, before close: undici's pool keeps a Client object per connection it opened; a second burst adds < ${HEAP_BOUND_SECOND_BURST_MB} MB), RSS within ${RSS_BOUND_MB} MB, ` +
          `no TCPSocketWrap after close, every stream complete`,
      ].join('\n\n')
      console.log(report)
      if (messages.size > 0) console.log(`first errors:\n${[...messages].join('\n')}`)
      await writeArtifact('soak.md', `${report}\n`)

      expect(outcomes.sequential).toEqual({ ok: SEQUENTIAL })
      expect(outcomes.concurrent).toEqual({ ok: 2 * CONCURRENT })
      expect(peakInFlight).toBe(CONCURRENT)
      expect(peakServerSockets).toBeGreaterThanOrEqual(CONCURRENT * SERVER_SOCKETS_SHARE)
      for (const reading of readings) {
        const bound = reading.label.includes('concurrent') ? HEAP_BOUND_POOLED_MB : HEAP_BOUND_MB
        expect(reading.heapUsedMB - before.heapUsedMB, reading.label).toBeLessThan(bound)
        expect(reading.rssMB - before.rssMB, reading.label).toBeLessThan(RSS_BOUND_MB)
      }
      const [first, second] = readings.filter((reading) => reading.label.includes('concurrent')) as [
        Reading,
        Reading,
      ]
      expect(second.heapUsedMB - first.heapUsedMB).toBeLessThan(HEAP_BOUND_SECOND_BURST_MB)
      expect(readings.at(-1)?.handles.TCPSocketWrap ?? 0).toBe(0)
      expect(serverSockets).toBe(0)
    } finally {
      await client.close()
      await emulator.close()
    }
  })
})
