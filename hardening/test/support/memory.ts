/** One reading of the process: memory after a forced GC, and open handles by type. */
export interface Reading {
  label: string
  rssMB: number
  heapUsedMB: number
  handles: Record<string, number>
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/** Collects garbage (needs `--expose-gc`, set in vitest.config.ts), twice, across a macrotask. */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error('run with --expose-gc (vitest.config.ts execArgv)')
  for (let round = 0; round < 3; round++) {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Counts `process.getActiveResourcesInfo()` by type (TCPSocketWrap, Timeout, ...). */
export function activeHandles(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1
  return counts
}

/** Reads memory after a GC and the open handles. */
export async function read(label: string): Promise<Reading> {
  await collectGarbage()
  const usage = process.memoryUsage()
  return { label, rssMB: mb(usage.rss), heapUsedMB: mb(usage.heapUsed), handles: activeHandles() }
}

/** The peak heap and RSS seen, sampled while work runs (no GC: what the process really held). */
export function samplePeak(everyMs = 50): { stop(): { rssMB: number; heapUsedMB: number } } {
  let rss = 0
  let heap = 0
  const sample = () => {
    const usage = process.memoryUsage()
    rss = Math.max(rss, usage.rss)
    heap = Math.max(heap, usage.heapUsed)
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return {
    stop() {
      clearInterval(timer)
      sample()
      return { rssMB: mb(rss), heapUsedMB: mb(heap) }
    },
  }
}
