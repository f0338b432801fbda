import { createFetchEngine } from './engine.fetch.js'
import { createNodeEngine } from './engine.node.js'
import { openFile } from './open-file.node.js'
import type { Platform } from './platform.js'
import { stopUploadsOnAbort } from './stop-upload.node.js'
import { traceRequest } from './telemetry.node.js'
import { TRANSPORT_VERSION } from './version.js'

/** Node (and Deno): undici unless the user passed a `fetch`; telemetry on `diagnostics_channel`. */
export const platform: Platform = {
  createEngine: (options, connectMs) =>
    options.fetch !== undefined
      ? createFetchEngine(stopUploadsOnAbort(options.fetch))
      : createNodeEngine({ dispatcher: options.dispatcher, connectMs }),
  trace: traceRequest,
  agentHeaders: { 'user-agent': `orsdk/${TRANSPORT_VERSION} node/${process.versions.node}` },
  openFile,
}
