// Every package's vitest setup (`setupFiles`): a test file that leaves a client's connection pool
// open fails. The Node engine records each pool it opens in a Map at this global while one is
// there, and forgets it on `client.close()`; whatever is left when the file ends was leaked.
import { afterAll } from 'vitest'

const OPEN_AGENTS = Symbol.for('orsdk.openAgents')
const open = new Map<{ close(): Promise<void> }, string>()
;(globalThis as { [OPEN_AGENTS]?: typeof open })[OPEN_AGENTS] = open

afterAll(async () => {
  if (open.size === 0) return
  const urls = [...open.values()]
  const leaked = [...open.keys()]
  open.clear()
  await Promise.all(leaked.map((agent) => agent.close()))
  throw new Error(
    `${urls.length} client(s) left open (first requests: ${urls.join(', ')}): await client.close() in the test that made each`,
  )
})
