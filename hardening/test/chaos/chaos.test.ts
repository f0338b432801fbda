import { startMockServer } from '@orsdk/mock-server'
import { afterAll, describe, expect, it } from 'vitest'
import { markdownTable, writeArtifact } from '../support/artifacts.js'
import { CALL_HEADER, type CallResult, runCall, withWatchdog } from '../support/chaos-calls.js'
import { faultsFor, type Operation, type PlannedCall, planCall } from '../support/chaos-plan.js'
import { engines } from '../support/engines.js'
import { eventually } from '../support/eventually.js'
import { TEST_KEY } from '../support/keys.js'
import { read } from '../support/memory.js'
import { createRandom, seedFrom } from '../support/prng.js'

const CALLS = Number(process.env.CHAOS_CALLS ?? 3000)
const CONCURRENCY = 64
const WARM_UP_CALLS = 200
const WATCHDOG_MS = 40_000
const HEAP_BOUND_MB = 10
const SEED = seedFrom('CHAOS_SEED')
const OPERATIONS: Operation[] = ['chat', 'chat.stream', 'messages.stream', 'embeddings', 'speak']

interface Failure {
  call: PlannedCall
  result: CallResult
  why: string
}

/** Plans `count` calls: a third clean, the rest a random fault that applies to the operation. */
function plan(count: number, random: ReturnType<typeof createRandom>): PlannedCall[] {
  return Array.from({ length: count }, () => {
    const operation = random.pick(OPERATIONS)
    const fault = random.next() < 1 / 3 ? 'clean' : random.pick(faultsFor(operation))
    return planCall(operation, fault, random)
  })
}

/** What is wrong with a settled call, or undefined when it is what its fault must produce. */
function check(call: PlannedCall, result: CallResult): string | undefined {
  if (result.outcome !== call.expected) return `expected ${call.expected}, got ${result.outcome}`
  if (result.elapsedMs > call.boundMs)
    return `settled after ${Math.round(result.elapsedMs)} ms > ${call.boundMs} ms`
  const retryAfterMs = (result.error as { retryAfterMs?: number } | undefined)?.retryAfterMs
  if (call.retryAfterMs !== undefined && retryAfterMs !== call.retryAfterMs)
    return `expected retryAfterMs ${call.retryAfterMs}, got ${retryAfterMs}`
  return undefined
}

/** Runs `calls` with `concurrency` in flight at once; the emulator reads each call's scenario from `scripts`. */
async function runAll(
  calls: PlannedCall[],
  scripts: Map<string, PlannedCall>,
  send: (call: PlannedCall, id: string) => Promise<CallResult>,
  onResult: (call: PlannedCall, result: CallResult) => void,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < calls.length) {
      const index = next++
      const call = calls[index] as PlannedCall
      const id = String(index)
      scripts.set(id, call)
      onResult(call, await withWatchdog(send(call, id), WATCHDOG_MS))
      scripts.delete(id)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
}

const summaries: string[] = []

afterAll(async () => {
  const path = await writeArtifact(
    'chaos.md',
    `# Chaos figures (seed ${SEED})\n\n${summaries.join('\n\n')}\n`,
  )
  console.log(`chaos figures written to ${path}`)
})

describe.each(engines)('chaos on the $name engine', ({ name, createClient }) => {
  it(`settles ${CALLS} mixed faulty calls at concurrency ${CONCURRENCY} with the right kind, in bound, leaving nothing open`, async () => {
    console.log(`chaos seed ${SEED} (rerun with CHAOS_SEED=${SEED})`)
    const scripts = new Map<string, PlannedCall>()
    const server = await startMockServer({
      script: (request) => scripts.get(request.headers[CALL_HEADER] ?? '')?.scenario,
    })
    const client = createClient({ baseURL: server.baseURL, apiKey: TEST_KEY })
    const random = createRandom(SEED + (name === 'node' ? 0 : 1))
    const send = (call: PlannedCall, id: string) => runCall(call, { client, headers: { [CALL_HEADER]: id } })
    try {
      await runAll(plan(WARM_UP_CALLS, random), scripts, send, () => {})
      server.reset()
      const start = await read('start')
      const counts = new Map<string, Record<string, number>>()
      const failures: Failure[] = []
      let slowestMs = 0
      const started = performance.now()
      await runAll(plan(CALLS, random), scripts, send, (call, result) => {
        const row = counts.get(call.operation) ?? {}
        row[result.outcome] = (row[result.outcome] ?? 0) + 1
        counts.set(call.operation, row)
        slowestMs = Math.max(slowestMs, result.elapsedMs)
        const why = check(call, result)
        if (why !== undefined) failures.push({ call, result, why })
      })
      const wallMs = performance.now() - started
      await client.close()
      await eventually(() => server.openConnections() === 0, 10_000)
      server.reset()
      const end = await read('end')

      const outcomes = [...new Set([...counts.values()].flatMap((row) => Object.keys(row)))].sort()
      const rows = [...counts.entries()].map(([operation, row]) => [
        operation,
        ...outcomes.map((outcome) => row[outcome] ?? 0),
      ])
      const totals = outcomes.map((outcome) =>
        [...counts.values()].reduce((sum, row) => sum + (row[outcome] ?? 0), 0),
      )
      const table = markdownTable(['operation', ...outcomes], [...rows, ['**all**', ...totals]])
      const summary = [
        `## ${name} engine: ${CALLS} calls, concurrency ${CONCURRENCY}, ${(wallMs / 1000).toFixed(1)} s`,
        table,
        `unexpected: ${failures.length}; hangs: ${totals[outcomes.indexOf('hang')] ?? 0}; slowest call ${Math.round(slowestMs)} ms; ` +
          `open sockets after close: ${server.openConnections()}; heap after GC ${start.heapUsedMB} → ${end.heapUsedMB} MB; ` +
          `rss ${start.rssMB} → ${end.rssMB} MB`,
      ].join('\n\n')
      summaries.push(summary)
      console.log(summary)
      for (const failure of failures.slice(0, 10)) {
        const error = failure.result.error as { message?: string } | undefined
        console.log(
          `UNEXPECTED ${failure.call.operation}/${failure.call.fault}: ${failure.why}: ${error?.message ?? ''}`,
        )
      }
      expect(
        failures.map((failure) => `${failure.call.operation}/${failure.call.fault}: ${failure.why}`),
      ).toEqual([])
      expect(server.openConnections()).toBe(0)
      expect(end.heapUsedMB - start.heapUsedMB).toBeLessThan(HEAP_BOUND_MB)
    } finally {
      await client.close()
      await server.close()
    }
  })
})
