import { noFileSystem } from './no-file-system.js'
import type { Platform, PlatformCore } from './platform.js'

/**
 * Browsers (the `browser` condition): global fetch, no telemetry channel. A page cannot set
 * `User-Agent`, so the SDK names itself in `x-orsdk-agent` instead (a header CORS must allow:
 * set it to `''` to leave it out behind a proxy that refuses unknown headers). Imports nothing of
 * the core at run time: see `PlatformCore`.
 */
export function createPlatform(core: PlatformCore): Platform {
  return {
    createEngine: (options) => core.createFetchEngine(options.fetch),
    trace: (_context, run) => run(),
    agentHeaders: { 'x-orsdk-agent': `orsdk/${core.version} browser` },
    openFile: (path, field) => noFileSystem(path, field, core),
  }
}
