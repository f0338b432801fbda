import { openFile } from './open-file.node.js'
import type { Platform, PlatformCore } from './platform.js'

// Bun's built-in undici is a partial stub, so Bun sends through its own fetch; its `node:fs`
// is whole, so files are read by path as on Node. Imports nothing of the core at run time: see
// `PlatformCore`.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Bun (the `bun` condition): its fetch, `User-Agent`, files by path; no telemetry channel. */
export function createPlatform(core: PlatformCore): Platform {
  return {
    createEngine: (options) => core.createFetchEngine(options.fetch),
    trace: (_context, run) => run(),
    agentHeaders: { 'user-agent': `orsdk/${core.version}${runtime ? ` ${runtime}` : ''}` },
    openFile: (path, field) => openFile(path, field, core),
  }
}
