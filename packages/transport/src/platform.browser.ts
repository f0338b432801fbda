import { createFetchEngine } from './engine.fetch.js'
import type { Platform } from './platform.js'
import { TRANSPORT_VERSION } from './version.js'

/**
 * Browsers (the `browser` condition): global fetch, no telemetry channel. A page cannot set
 * `User-Agent`, so the SDK names itself in `x-orsdk-agent` instead (a header CORS must allow:
 * set it to `''` to leave it out behind a proxy that refuses unknown headers).
 */
export const platform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
  agentHeaders: { 'x-orsdk-agent': `orsdk/${TRANSPORT_VERSION} browser` },
}
