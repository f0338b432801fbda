// Cold import time of @orsdk/account and @orsdk/admin against @orsdk/transport, which both load
// (with its protocol entry, as every capability package does). Each import runs in a fresh Node
// process, the packages take turns round by round, and the median of each is reported: wall time
// and the process's CPU time over the import (steadier on a shared machine). The aim is within
// 10 ms of transport's; a report, not a gate, since a loaded machine stretches every run.
// Run: pnpm bench:import (builds first), or node bench/cold-import.mjs; ROUNDS=n sets the count.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { fixed, median, table } from './measure.mjs'

const ROUNDS = Number(process.env.ROUNDS ?? 21)
const AIM_MS = 10
const BASE = '@orsdk/transport'
const MODULES = [BASE, '@orsdk/transport/protocol', '@orsdk/account', '@orsdk/admin']
const here = fileURLToPath(new URL('.', import.meta.url))

// The child times the import alone, not Node's own start-up: wall and CPU milliseconds.
const probe = (name) => `const cpu = process.cpuUsage()
const started = performance.now()
await import(${JSON.stringify(name)})
const used = process.cpuUsage(cpu)
process.stdout.write(JSON.stringify([performance.now() - started, (used.user + used.system) / 1000]))`

function importMs(name) {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe(name)], {
    cwd: here,
    encoding: 'utf8',
  })
  return JSON.parse(output)
}

const samples = Object.fromEntries(MODULES.map((name) => [name, { wall: [], cpu: [] }]))
for (const name of MODULES) importMs(name) // warm the file system cache
for (let round = 0; round < ROUNDS; round++) {
  for (const name of MODULES) {
    const [wall, cpu] = importMs(name)
    samples[name].wall.push(wall)
    samples[name].cpu.push(cpu)
  }
}

const signed = (value) => `${value >= 0 ? '+' : ''}${fixed(value)}`
const base = { wall: median(samples[BASE].wall), cpu: median(samples[BASE].cpu) }
const rows = [['module', 'wall ms', 'cpu ms', `vs ${BASE} (wall / cpu)`, `aim: cpu within ${AIM_MS} ms`]]
for (const name of MODULES) {
  const wall = median(samples[name].wall)
  const cpu = median(samples[name].cpu)
  const own = name === BASE
  rows.push([
    name,
    fixed(wall),
    fixed(cpu),
    own ? '' : `${signed(wall - base.wall)} / ${signed(cpu - base.cpu)}`,
    own ? '' : cpu - base.cpu <= AIM_MS ? 'yes' : 'no',
  ])
}
table(`cold import: median of ${ROUNDS} fresh processes each, Node ${process.versions.node}`, rows)
