import { createFetchEngine } from './engine.fetch.js'
import { noFileSystem } from './no-file-system.js'
import type { Platform } from './platform.js'
import { TRANSPORT_VERSION } from './version.js'

// The runtime is the first word of `navigator.userAgent` where there is one (`Cloudflare-Workers`,
// `Vercel-Edge`); Workers and edge functions let a script set `User-Agent`.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Every other runtime (Workers, edge functions): global (or the user's) fetch, no telemetry channel, no files by path. */
export const platform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
  agentHeaders: { 'user-agent': `orsdk/${TRANSPORT_VERSION}${runtime ? ` ${runtime}` : ''}` },
  openFile: noFileSystem,
}
