import { noFileSystem } from './no-file-system.js'
import type { Platform, PlatformCore } from './platform.js'

// The runtime is the first word of `navigator.userAgent` where there is one (`Cloudflare-Workers`,
// `Vercel-Edge`); Workers and edge functions let a script set `User-Agent`. Imports nothing of the
// core at run time: see `PlatformCore`.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Every other runtime (Workers, edge functions): global (or the user's) fetch, no telemetry channel, no files by path. */
export function createPlatform(core: PlatformCore): Platform {
  return {
    createEngine: (options) => core.createFetchEngine(options.fetch),
    trace: (_context, run) => run(),
    agentHeaders: { 'user-agent': `orsdk/${core.version}${runtime ? ` ${runtime}` : ''}` },
    openFile: (path, field) => noFileSystem(path, field, core),
  }
}
