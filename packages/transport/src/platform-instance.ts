import { createPlatform } from '#platform'
import { createFetchEngine } from './engine.fetch.js'
import { invalidRequest, networkError, timeoutError } from './errors/factories.js'
import { isOpenRouterError } from './errors/openrouter-error.js'
import type { PlatformCore } from './platform.js'
import { REQUEST_CHANNEL } from './telemetry-channel.js'
import { TRANSPORT_VERSION } from './version.js'

/** What every platform is built on (see `PlatformCore`). */
export const platformCore: PlatformCore = {
  createFetchEngine,
  invalidRequest,
  networkError,
  timeoutError,
  isOpenRouterError,
  requestChannel: REQUEST_CHANNEL,
  version: TRANSPORT_VERSION,
}

/**
 * This runtime's platform (the package's `#platform` import), built once. Marked pure so a bundle
 * that makes no request (PKCE alone) drops it, and the client with it.
 */
export const platform = /* @__PURE__ */ createPlatform(platformCore)
