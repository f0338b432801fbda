// Cold import cost of the built @orsdk/catalog: a fresh `node` per sample, median of N, against an
// empty process; then, in one process, heap used after import and after the first query (which
// parses the snapshot and builds the id map), then the same for the descriptions entry. Run
// `pnpm --filter @orsdk/catalog build` first.
// Usage: node bench/import-cost.mjs [samples=15]
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const samples = Number(process.argv[2] ?? 15)
const esm = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const descriptions = fileURLToPath(new URL('../dist/descriptions/index.js', import.meta.url))
const cjs = fileURLToPath(new URL('../dist/index.cjs', import.meta.url))
if (!existsSync(esm)) throw new Error('dist/index.js is missing: run `pnpm --filter @orsdk/catalog build`')

const cases = [
  { name: 'empty process', args: ['--input-type=module', '-e', ''] },
  {
    name: 'import (ESM)',
    args: ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(esm).href)})`],
  },
  { name: 'require (CJS)', args: ['-e', `require(${JSON.stringify(cjs)})`] },
  {
    name: 'import + getModel',
    args: [
      '--input-type=module',
      '-e',
      `const c = await import(${JSON.stringify(pathToFileURL(esm).href)}); c.getModel('openai/gpt-4o')`,
    ],
  },
]

function wallMs(args) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const rows = cases.map(({ name, args }) => {
  wallMs(args) // warm the file system cache
  return { name, ms: median(Array.from({ length: samples }, () => wallMs(args))) }
})
const base = rows[0].ms

// Heap, measured inside one process with forced GCs so the numbers are retained memory, not garbage.
const heapScript = `
const mb = () => { globalThis.gc(); return process.memoryUsage().heapUsed / 1048576 }
const empty = mb()
const t0 = performance.now()
const c = await import(${JSON.stringify(pathToFileURL(esm).href)})
const importMs = performance.now() - t0
const imported = mb()
const t1 = performance.now()
c.getModel('openai/gpt-4o')
const firstQueryMs = performance.now() - t1
const queried = mb()
const t2 = performance.now()
for (let i = 0; i < 100000; i++) c.getModel('openai/gpt-4o')
const lookupNs = ((performance.now() - t2) / 100000) * 1e6
const before = mb()
const d = await import(${JSON.stringify(pathToFileURL(descriptions).href)})
const t3 = performance.now()
d.modelDescription('openai/gpt-4o')
const firstDescriptionMs = performance.now() - t3
const described = mb() - before
console.log(JSON.stringify({ empty, imported, queried, importMs, firstQueryMs, lookupNs, firstDescriptionMs, described }))`
const heap = JSON.parse(
  spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', heapScript], { encoding: 'utf8' })
    .stdout,
)

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`
const data = readFileSync(esm)
console.log(`@orsdk/catalog import cost (node ${process.version}, median of ${samples} fresh processes)\n`)
console.log('| case | wall ms | over empty |')
console.log('| --- | ---: | ---: |')
for (const row of rows) console.log(`| ${row.name} | ${row.ms.toFixed(1)} | +${(row.ms - base).toFixed(1)} |`)
console.log('\n| in one process | value |')
console.log('| --- | ---: |')
console.log(`| import() | ${heap.importMs.toFixed(1)} ms |`)
console.log(`| first query (parse + id map) | ${heap.firstQueryMs.toFixed(1)} ms |`)
console.log(`| getModel after that | ${heap.lookupNs.toFixed(0)} ns |`)
console.log(`| heap after import | +${(heap.imported - heap.empty).toFixed(2)} MB |`)
console.log(`| heap after first query | +${(heap.queried - heap.empty).toFixed(2)} MB |`)
console.log(`| dist/index.js | ${kb(statSync(esm).size)} raw, ${kb(gzipSync(data).length)} gzip |`)
console.log(`| first modelDescription (parse + id map) | ${heap.firstDescriptionMs.toFixed(1)} ms |`)
console.log(`| heap added by the descriptions | +${heap.described.toFixed(2)} MB |`)
const text = readFileSync(descriptions)
console.log(`| dist/descriptions/index.js | ${kb(text.length)} raw, ${kb(gzipSync(text).length)} gzip |`)
