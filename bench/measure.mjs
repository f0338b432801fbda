// Small measuring helpers: every variant runs in alternating rounds, and the median round is
// reported, so a burst of noise cannot favour one side.

export const KEY = `sk-or-v1-${'0'.repeat(64)}`

/** Runs `total` calls of `call` with `concurrency` in flight; returns calls per second. */
export async function throughput(call, { total, concurrency }) {
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < total) {
      next++
      await call()
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return total / ((performance.now() - started) / 1000)
}

/** Runs each variant `rounds` times, interleaved; returns the median of each. */
export async function compare(variants, measureOne, rounds = 5) {
  const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]))
  for (const [name, run] of Object.entries(variants)) await measureOne(run, name) // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(variants)) results[name].push(await measureOne(run, name))
  }
  return Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)]))
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Prints rows of [label, value, unit, ratio-to-baseline...]. */
export function table(title, rows) {
  console.log(`\n${title}`)
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  for (const row of rows)
    console.log(`  ${row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')}`)
}

export const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
