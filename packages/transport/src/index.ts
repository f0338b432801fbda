// What apps write against. Package authors: see `@orsdk/transport/protocol`.
export { createClient, defaultClient } from './client.js'
export { type PolicyErrorInit, policyError } from './errors/factories.js'
export {
  type ErrorKind,
  isOpenRouterError,
  OpenRouterError,
  type OpenRouterErrorChanges,
  type OpenRouterErrorInit,
} from './errors/openrouter-error.js'
export { redactSecrets } from './errors/redact.js'
export type { Middleware, MiddlewareRequest, MiddlewareResponse, Next } from './middleware.js'
export {
  type AppAttribution,
  type CallOptions,
  type Client,
  type ClientOptions,
  DEFAULT_TIMEOUTS,
  type TelemetryMetadata,
  type Timeouts,
} from './options.js'
export type { TelemetryContext } from './platform.js'
export type { MaxPrice, PercentileCutoff, ProviderPreferences } from './provider-preferences.js'
export { REQUEST_CHANNEL } from './telemetry-channel.js'
