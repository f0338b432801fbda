import { createFetchEngine } from './engine.fetch.js'
import { openFile } from './open-file.node.js'
import type { Platform } from './platform.js'
import { TRANSPORT_VERSION } from './version.js'

// Bun's built-in undici is a partial stub, so Bun sends through its own fetch; its `node:fs`
// is whole, so files are read by path as on Node.
const runtime = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.split(' ')[0]

/** Bun (the `bun` condition): its fetch, `User-Agent`, files by path; no telemetry channel. */
export const platform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
  agentHeaders: { 'user-agent': `orsdk/${TRANSPORT_VERSION}${runtime ? ` ${runtime}` : ''}` },
  openFile,
}
