// Cold import time of @orsdk/account and @orsdk/admin against @orsdk/transport, which both load
// (with its protocol entry, as every capability package does). Each import runs in a fresh Node
// process, the packages take turns round by round, and the median of each is reported: wall time
// and the process's CPU time over the import (steadier on a shared machine). The aim is within
// 10 ms of transport's; a report, not a gate, since a loaded machine stretches every run.
// Run: pnpm bench:import (builds first), or node bench/cold-import.mjs; ROUNDS=n sets the count.
import { fileURLToPath } from 'node:url'
import { coldImports, fixed, table } from './measure.mjs'

const AIM_MS = 10
const BASE = '@orsdk/transport'
const MODULES = [BASE, '@orsdk/transport/protocol', '@orsdk/account', '@orsdk/admin']
const ROUNDS = Number(process.env.ROUNDS ?? 21)
const measured = coldImports(MODULES, { cwd: fileURLToPath(new URL('.', import.meta.url)), rounds: ROUNDS })

const signed = (value) => `${value >= 0 ? '+' : ''}${fixed(value)}`
const base = measured.get(BASE)
const rows = [['module', 'wall ms', 'cpu ms', `vs ${BASE} (wall / cpu)`, `aim: cpu within ${AIM_MS} ms`]]
for (const name of MODULES) {
  const { wall, cpu } = measured.get(name)
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
