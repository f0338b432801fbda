// Small measuring helpers: every variant runs in alternating rounds, and the median round is
// reported, so a burst of noise cannot favour one side.
import { execFileSync } from 'node:child_process'

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

// The child times the import alone, not Node's own start-up (which varies by tens of ms between
// processes on a shared machine): wall and CPU milliseconds.
const importProbe = (specifier) => `const cpu = process.cpuUsage()
const started = performance.now()
await import(${JSON.stringify(specifier)})
const used = process.cpuUsage(cpu)
process.stdout.write(JSON.stringify([performance.now() - started, (used.user + used.system) / 1000]))`

/**
 * Cold import of each specifier in fresh Node processes, resolved from `cwd`: the modules take
 * turns round by round (so a slow patch of the machine hits all alike), after one warm-up each
 * for the file system cache. Returns the median wall and CPU milliseconds of each.
 */
export function coldImports(specifiers, { cwd, rounds = 21 }) {
  const run = (specifier) =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', importProbe(specifier)], {
        cwd,
        encoding: 'utf8',
      }),
    )
  const samples = new Map(specifiers.map((specifier) => [specifier, { wall: [], cpu: [] }]))
  for (const specifier of specifiers) run(specifier)
  for (let round = 0; round < rounds; round++) {
    for (const specifier of specifiers) {
      const [wall, cpu] = run(specifier)
      samples.get(specifier).wall.push(wall)
      samples.get(specifier).cpu.push(cpu)
    }
  }
  return new Map(
    [...samples].map(([specifier, { wall, cpu }]) => [specifier, { wall: median(wall), cpu: median(cpu) }]),
  )
}
