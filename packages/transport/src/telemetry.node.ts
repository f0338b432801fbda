import diagnosticsChannel from 'node:diagnostics_channel'
import type { Platform, PlatformCore, TelemetryContext } from './platform.js'

/**
 * The platform's `trace` on `core.requestChannel`. It publishes one engine exchange: `start` and `end` around the call, then `error` (on
 * failure), `asyncStart` and `asyncEnd` once it settles, with status and durationMs filled in.
 * A stream's exchange ends at its headers. Costs one property read when nobody subscribes.
 *
 * The sub-channels are published by hand rather than through `tracePromise`, which would put
 * the resolved response (`result`, holding for example an OAuth-issued key) and the raw error
 * on the payload: subscribers get the fields of `TelemetryContext` and nothing else.
 */
export function createTracer({
  requestChannel,
  isOpenRouterError,
}: Pick<PlatformCore, 'requestChannel' | 'isOpenRouterError'>): Platform['trace'] {
  const channel = diagnosticsChannel.tracingChannel<unknown, TelemetryContext>(requestChannel)
  return (context, run) => traceRequest(channel, isOpenRouterError, context, run)
}

function traceRequest<T extends { status: number }>(
  channel: diagnosticsChannel.TracingChannel<unknown, TelemetryContext>,
  isOpenRouterError: PlatformCore['isOpenRouterError'],
  buildContext: () => TelemetryContext,
  run: () => Promise<T>,
): Promise<T> {
  if (!channel.hasSubscribers) return run()
  const context = buildContext()
  const started = performance.now()
  channel.start.publish(context)
  const pending = run()
  channel.end.publish(context)
  const settle = () => {
    context.durationMs = performance.now() - started
    channel.asyncStart.publish(context)
    channel.asyncEnd.publish(context)
  }
  return pending.then(
    (response) => {
      context.status = response.status
      settle()
      return response
    },
    (error: unknown) => {
      if (isOpenRouterError(error)) {
        context.status = error.status
        context.errorKind = error.kind
      } else context.errorKind = 'abort'
      context.durationMs = performance.now() - started
      channel.error.publish(context)
      settle()
      throw error
    },
  )
}
