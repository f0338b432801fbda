import diagnosticsChannel from 'node:diagnostics_channel'
import { isOpenRouterError } from './openrouter-error.js'
import type { TelemetryContext } from './platform.js'
import { REQUEST_CHANNEL } from './telemetry-channel.js'

// Each event carries a TelemetryContext; status and durationMs are filled in before
// asyncEnd. A stream's exchange ends at its headers.

const channel = diagnosticsChannel.tracingChannel<unknown, TelemetryContext & { error?: unknown }>(
  REQUEST_CHANNEL,
)

/** Publishes one engine exchange; costs one property read when nobody subscribes. */
export function traceRequest<T>(context: TelemetryContext, run: () => Promise<T>): Promise<T> {
  if (!channel.hasSubscribers) return run()
  const started = performance.now()
  return channel.tracePromise(async () => {
    try {
      const response = await run()
      context.status = (response as { status?: number }).status
      return response
    } catch (error) {
      if (isOpenRouterError(error)) {
        context.status = error.status
        context.errorKind = error.kind
      } else context.errorKind = 'abort'
      throw error
    } finally {
      context.durationMs = performance.now() - started
    }
  }, context)
}
