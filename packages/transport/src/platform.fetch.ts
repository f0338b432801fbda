import { createFetchEngine } from './engine.fetch.js'
import type { Platform } from './platform.js'

/** Every runtime but Node: global (or the user's) fetch, and no telemetry channel. */
export const fetchPlatform: Platform = {
  createEngine: (options) => createFetchEngine(options.fetch),
  trace: (_context, run) => run(),
}
