import { createFetchEngine } from './engine.fetch.js'
import type { Platform } from './platform.js'
import { TRANSPORT_VERSION } from './version.js'

// Browsers do not let a script set `User-Agent`, so every fetch runtime names the SDK in a
// header of its own; the runtime is the first word of `navigator.userAgent` where there is one.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Every runtime but Node: global (or the user's) fetch, and no telemetry channel. */
export const platform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
  agentHeaders: { 'x-orsdk-agent': `orsdk/${TRANSPORT_VERSION}${runtime ? ` ${runtime}` : ''}` },
}
