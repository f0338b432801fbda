import { createFetchEngine } from './engine.fetch.js'
import type { Platform } from './platform.js'
import { TRANSPORT_VERSION } from './version.js'

// The runtime is the first word of `navigator.userAgent` where there is one (`Cloudflare-Workers`,
// `Bun/1.4.5`); Workers, Bun and edge functions let a script set `User-Agent`.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Every other runtime (Workers, Bun, edge functions): global (or the user's) fetch, no telemetry channel. */
export const platform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
  agentHeaders: { 'user-agent': `orsdk/${TRANSPORT_VERSION}${runtime ? ` ${runtime}` : ''}` },
}
