/**
 * mulberry32: a small seeded PRNG, so a failing chaos run reproduces from its printed seed
 * (`CHAOS_SEED=<n> pnpm --filter @orsdk/hardening exec vitest run --project chaos`).
 */
export function createRandom(seed: number): {
  next(): number
  int(max: number): number
  pick<T>(items: readonly T[]): T
} {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (max: number) => Math.floor(next() * max)
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] }
}

/** The seed from `envName`, or a fresh one. */
export function seedFrom(envName: string): number {
  const given = Number(process.env[envName])
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1
}
