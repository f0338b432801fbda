import { createNodeEngine } from './engine.node.js'
import { openFile } from './open-file.node.js'
import type { Platform, PlatformCore } from './platform.js'
import { stopUploadsOnAbort } from './stop-upload.node.js'
import { createTracer } from './telemetry.node.js'

// Imports nothing of the core at run time: see `PlatformCore`.

/** Node (and Deno): undici unless the user passed a `fetch`; telemetry on `diagnostics_channel`. */
export function createPlatform(core: PlatformCore): Platform {
  return {
    createEngine: (options, connectMs) =>
      options.fetch !== undefined
        ? core.createFetchEngine(stopUploadsOnAbort(options.fetch))
        : createNodeEngine({ dispatcher: options.dispatcher, connectMs }, core),
    trace: createTracer(core),
    agentHeaders: { 'user-agent': `orsdk/${core.version} node/${process.versions.node}` },
    openFile: (path, field) => openFile(path, field, core),
  }
}
