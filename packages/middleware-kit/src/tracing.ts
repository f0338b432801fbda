/**
 * tracing: one OpenTelemetry client span per request, named and attributed after the GenAI
 * semantic conventions (`chat openai/gpt-4o-mini`, `gen_ai.request.model`, token usage, ...).
 * Prompts and outputs are left out unless `captureContent` is set.
 * Needs: `@orsdk/transport` and `@opentelemetry/api` (plus an SDK that exports the spans).
 * Usage: `createClient({ middleware: [tracing({ tracer: trace.getTracer('my-app') })] })`
 * Not for: apps without OpenTelemetry (transport's `orsdk:request` diagnostics channel is free),
 * or token counts of streams (a stream's span ends at its headers, before the usage chunk).
 *
 * @module
 */
import { type Attributes, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api'
import { isOpenRouterError, type Middleware, type MiddlewareRequest } from '@orsdk/transport'

const DEFAULT_TRACER_NAME = '@orsdk/middleware-kit'
const SYSTEM = 'openrouter'
/** GenAI `gen_ai.operation.name` for each transport operation; others keep their own name. */
const OPERATION_NAMES: Record<string, string> = {
  chat: 'chat',
  'chat.stream': 'chat',
  messages: 'chat',
  'messages.stream': 'chat',
  embeddings: 'embeddings',
}

/** Options of {@link tracing}. */
export interface TracingOptions {
  /** Default: `trace.getTracer('@orsdk/middleware-kit')` from the global provider. */
  tracer?: Tracer
  /** Record prompts (`gen_ai.input.messages`) and outputs (`gen_ai.output.messages`). Default false. */
  captureContent?: boolean
}

/**
 * Wraps each request in a span of kind CLIENT. Buffered calls get the response id, model,
 * finish reasons and token usage; a stream's span ends when its headers arrive. Failures
 * set the span status to ERROR, record the exception and `error.type` (the error `kind`),
 * and are rethrown unchanged. The API key is never recorded: middleware never sees it.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { trace } from '@opentelemetry/api'
 * import { createClient } from '@orsdk/transport'
 * import { tracing } from '@orsdk/middleware-kit/tracing'
 * const client = createClient({ middleware: [tracing({ tracer: trace.getTracer('my-app') })] })
 */
export function tracing(options: TracingOptions = {}): Middleware {
  const tracer = options.tracer ?? trace.getTracer(DEFAULT_TRACER_NAME)
  if (typeof tracer?.startActiveSpan !== 'function')
    throw new TypeError('tracing: tracer must be an OpenTelemetry Tracer')
  const captureContent = options.captureContent ?? false
  if (typeof captureContent !== 'boolean') throw new TypeError('tracing: captureContent must be a boolean')

  return function tracing(request, next) {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Json
    const operation = OPERATION_NAMES[request.operation] ?? request.operation
    const model = typeof body.model === 'string' ? body.model : undefined
    const name = model === undefined ? operation : `${operation} ${model}`
    const attributes = requestAttributes(request, operation, body, captureContent)
    return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
      try {
        const response = await next(request)
        span.setAttribute('http.response.status_code', response.status)
        if (response.generationId) span.setAttribute('openrouter.generation_id', response.generationId)
        if (response.type === 'json') recordResponse(span, response.data, captureContent)
        return response
      } catch (error) {
        const kind = isOpenRouterError(error) ? error.kind : error instanceof Error ? error.name : 'Error'
        if (isOpenRouterError(error) && error.status !== undefined)
          span.setAttribute('http.response.status_code', error.status)
        span.setAttribute('error.type', kind)
        span.recordException(error instanceof Error ? error : String(error))
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : kind })
        throw error
      } finally {
        span.end()
      }
    })
  }
}

type Json = Record<string, unknown>

function requestAttributes(request: MiddlewareRequest, operation: string, body: Json, content: boolean) {
  const attributes: Attributes = {
    'gen_ai.system': SYSTEM,
    'gen_ai.provider.name': SYSTEM,
    'gen_ai.operation.name': operation,
    'http.request.method': request.method,
    'server.address': new URL(request.url).hostname,
    'orsdk.attempt': request.attempt,
    'orsdk.stream': request.stream,
  }
  if (typeof body.model === 'string') attributes['gen_ai.request.model'] = body.model
  // The client's and the call's telemetry fields (a tenant, a request id), namespaced.
  for (const [name, value] of Object.entries(request.telemetry ?? {})) attributes[`orsdk.${name}`] = value
  for (const [field, attribute] of [
    ['max_tokens', 'gen_ai.request.max_tokens'],
    ['temperature', 'gen_ai.request.temperature'],
    ['top_p', 'gen_ai.request.top_p'],
  ] as const) {
    const value = body[field]
    if (typeof value === 'number') attributes[attribute] = value
  }
  if (content && body.messages !== undefined)
    attributes['gen_ai.input.messages'] = JSON.stringify(body.messages)
  return attributes
}

/** Chat completions report `prompt_tokens`/`completion_tokens`; `/messages` reports `input_tokens`/`output_tokens`. */
function recordResponse(span: Span, data: unknown, content: boolean): void {
  if (typeof data !== 'object' || data === null) return
  const { id, model, usage, choices } = data as {
    id?: unknown
    model?: unknown
    usage?: Json
    choices?: unknown
  }
  if (typeof id === 'string') span.setAttribute('gen_ai.response.id', id)
  if (typeof model === 'string') span.setAttribute('gen_ai.response.model', model)
  const input = usage?.prompt_tokens ?? usage?.input_tokens
  const output = usage?.completion_tokens ?? usage?.output_tokens
  if (typeof input === 'number') span.setAttribute('gen_ai.usage.input_tokens', input)
  if (typeof output === 'number') span.setAttribute('gen_ai.usage.output_tokens', output)
  if (!Array.isArray(choices)) return
  const reasons = choices.map((choice: { finish_reason?: unknown }) => choice?.finish_reason)
  if (reasons.every((reason) => typeof reason === 'string'))
    span.setAttribute('gen_ai.response.finish_reasons', reasons as string[])
  if (content)
    span.setAttribute(
      'gen_ai.output.messages',
      JSON.stringify(choices.map((choice: Json) => choice?.message)),
    )
}
