/**
 * rotateModels: sends the request to the first model of a list and, when that model is exhausted
 * (402, 429, 502, 503, 529, an availability error such as `capacity_exhausted`, or an open circuit),
 * moves on to the next one; `onServed` says which model answered.
 * Needs: `@orsdk/transport` only.
 * Usage: `createClient({ middleware: [rotateModels({ models: ['openai/gpt-4o-mini', 'google/gemini-2.5-flash'] })] })`
 * Not for: plain fallbacks OpenRouter can do in one request (its `models` array), or requests
 * whose body has no `model` (the request's own `model` is replaced by the list's).
 *
 * @module
 */
import { isOpenRouterError, type Middleware } from '@orsdk/transport'

/** Statuses that mean "this model cannot serve you now", not "your request is wrong". */
const DEFAULT_ROTATE_STATUSES: readonly number[] = [402, 429, 502, 503, 529]
/** The `code` the circuitBreaker recipe puts on its rejections. */
const CIRCUIT_OPEN_CODE = 'circuit_open'

/** Options of {@link rotateModels}. */
export interface RotateModelsOptions {
  /** Models to try, in order. The request's own `model` is replaced by each in turn. */
  models: string[]
  /** Decides whether to move on after `error`; default: exhaustion and availability errors. */
  shouldRotate?: (error: unknown) => boolean
  /** Called when moving from one model to the next. */
  onRotate?: (event: { from: string; to: string; error: unknown }) => void
  /** Called with the model that served the call (its response start, for a stream). */
  onServed?: (model: string) => void
}

/**
 * Tries `models` in order until one answers. When every model fails, it rethrows the last
 * error. A user's abort is never rotated past. The serving model is given to `onServed`, and
 * OpenRouter echoes it in the completion's `model` field.
 *
 * Throws `TypeError` naming the option when `models` or a hook is invalid; at run time it rethrows
 * the downstream error (kinds `payment_required`, `rate_limit`, `server`, ... or any other kind
 * that does not rotate).
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { rotateModels } from '@orsdk/middleware-kit'
 * const client = createClient({
 *   middleware: [rotateModels({ models: ['openai/gpt-4o-mini', 'google/gemini-2.5-flash'], onServed: console.log })],
 * })
 */
export function rotateModels(options: RotateModelsOptions): Middleware {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('rotateModels: options are required')
  const { models } = options
  if (!Array.isArray(models) || models.length === 0)
    throw new TypeError('rotateModels: models must be a non-empty array of model ids')
  models.forEach((model, index) => {
    if (typeof model !== 'string' || model === '')
      throw new TypeError(`rotateModels: models[${index}] must be a non-empty string`)
  })
  const list = [...models]
  const shouldRotate = checkFunction(options.shouldRotate, 'shouldRotate') ?? isExhausted
  const onRotate = checkFunction(options.onRotate, 'onRotate')
  const onServed = checkFunction(options.onServed, 'onServed')

  return async function rotateModels(request, next) {
    const body = typeof request.body === 'object' && request.body !== null ? request.body : {}
    for (let index = 0; ; index++) {
      const model = list[index] ?? ''
      try {
        const response = await next({ ...request, body: { ...body, model } })
        onServed?.(model)
        return response
      } catch (error) {
        const following = list[index + 1]
        if (request.signal?.aborted || following === undefined || !shouldRotate(error)) throw error
        onRotate?.({ from: model, to: following, error })
      }
    }
  }
}

/** Exhaustion: the statuses above, any `error.availability` in the body, or an open circuit. */
function isExhausted(error: unknown): boolean {
  if (!isOpenRouterError(error)) return false
  if (error.status !== undefined && DEFAULT_ROTATE_STATUSES.includes(error.status)) return true
  if (error.code === CIRCUIT_OPEN_CODE) return true
  const envelope = (error.body as { error?: { availability?: { code?: unknown } } } | undefined)?.error
  return typeof envelope?.availability?.code === 'string'
}

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`rotateModels: ${name} must be a function`)
  return value
}
