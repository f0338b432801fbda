import { isOpenRouterError } from '@orsdk/transport'
import { knownBug } from './known-bugs.js'

/** How a fuzzed run ended: fine (completed or a typed error), or what went wrong. */
export type Verdict = { ok: true; kind?: string } | { ok: false; problem: string; error?: unknown }

/**
 * Runs `work` and judges it: completing and rejecting with `OpenRouterError` are fine;
 * any other error (a `TypeError` from our code) or not settling within `withinMs` is not.
 */
export async function settle(work: () => Promise<unknown>, withinMs = 5000): Promise<Verdict> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<Verdict>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, problem: `did not settle within ${withinMs} ms` }),
      withinMs,
    )
  })
  const run = (async (): Promise<Verdict> => {
    try {
      await work()
      return { ok: true }
    } catch (error) {
      if (isOpenRouterError(error)) return { ok: true, kind: error.kind }
      const known = knownBug(error)
      if (known !== undefined) return { ok: true, kind: `known:${known}` }
      return { ok: false, problem: `threw ${describe(error)}`, error }
    }
  })()
  try {
    return await Promise.race([run, late])
  } finally {
    clearTimeout(timer)
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `a non-error ${typeof error}: ${String(error)}`
  const frame = error.stack?.split('\n').find((line) => line.includes('/packages/')) ?? ''
  return `${error.name}: ${error.message} ${frame.trim()}`
}

/** Tallies verdict kinds, for the printed counts. */
export function tally(counts: Record<string, number>, verdict: Verdict): void {
  const key = verdict.ok ? (verdict.kind ?? 'completed') : 'FAILED'
  counts[key] = (counts[key] ?? 0) + 1
}
