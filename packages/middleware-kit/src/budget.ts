/**
 * budget: stops calls once what they cost reaches a limit. It keeps a running total of what each
 * buffered answer cost (its `usage`: OpenRouter's `cost`, plus on BYOK the provider's
 * `cost_details.upstream_inference_cost`) and refuses the next inference call when the total has
 * reached `limitUsd`. A stream's cost arrives in its last chunk, which middleware never sees: add it
 * with `charge()` (or from the `abortedStreamUsage` recipe for a stream you stopped).
 * Needs: `@orsdk/transport` only. The total lives in this process.
 * Usage: `const spending = budget({ limitUsd: 5 }); createClient({ middleware: [spending] })`
 * Not for: a hard cap across processes or keys (set a credit limit on the key, or a workspace
 * budget, which OpenRouter enforces), or exact accounting of calls in flight: a call is checked
 * when it starts, so calls running together may take the total past the limit.
 *
 * @module
 */
import { type Middleware, type MiddlewareRequest, policyError } from '@orsdk/transport'

/** Options of {@link budget}. */
export interface BudgetOptions {
  /** The most to spend, in USD: calls are refused once the total reaches it. */
  limitUsd: number
  /** Already spent when the middleware starts (restored from your own records); default 0. */
  spentUsd?: number
  /** What a JSON answer cost, in USD; default its `usage` as described above. */
  costOf?: (body: unknown) => number | undefined
  /** Which requests the budget gates and counts; default every POST (inference). Lookups pass. */
  applies?: (request: MiddlewareRequest) => boolean
  /** Called after each cost is added, with the new total. */
  onSpend?: (event: { amountUsd: number; totalUsd: number; operation: string }) => void
}

/** The budget middleware, with its total and a way to add costs it cannot see. */
export interface BudgetMiddleware extends Middleware {
  /** Spent so far, in USD. */
  readonly spentUsd: number
  /** Adds a cost the middleware does not see (a stream's usage), in USD. */
  charge(amountUsd: number): void
}

/**
 * Gates inference calls on a spending limit. A refused call is not sent: it rejects with an
 * `OpenRouterError` of `kind: 'payment_required'`, `code: 'budget_exceeded'`, `retryable: false`
 * (so `retry` stops there), naming the total and the limit.
 *
 * Throws `TypeError` naming the option when an option is invalid.
 *
 * @example
 * import { createClient } from '@orsdk/transport'
 * import { budget } from '@orsdk/middleware-kit'
 * const spending = budget({ limitUsd: 5 })
 * const client = createClient({ middleware: [spending] })
 * // after a stream: spending.charge(costOf(completion.usage)?.total ?? 0)
 */
export function budget(options: BudgetOptions): BudgetMiddleware {
  if (typeof options !== 'object' || options === null) throw new TypeError('budget: options are required')
  const limitUsd = checkAmount(options.limitUsd, 'limitUsd')
  let totalUsd = checkAmount(options.spentUsd ?? 0, 'spentUsd')
  const costOf = checkFunction(options.costOf, 'costOf') ?? usageCost
  const applies = checkFunction(options.applies, 'applies') ?? ((request) => request.method === 'POST')
  const onSpend = checkFunction(options.onSpend, 'onSpend')
  const add = (amountUsd: number, operation: string) => {
    if (!Number.isFinite(amountUsd) || amountUsd <= 0) return
    totalUsd += amountUsd
    onSpend?.({ amountUsd, totalUsd, operation })
  }

  const middleware: Middleware = async function budget(request, next) {
    if (!applies(request)) return next(request)
    if (totalUsd >= limitUsd) {
      throw policyError(
        `budget exceeded: $${round(totalUsd)} spent of a $${round(limitUsd)} budget; ${request.operation} not sent`,
        { kind: 'payment_required', code: 'budget_exceeded', retryable: false },
      )
    }
    const response = await next(request)
    if (response.type === 'json') add(costOf(response.data) ?? 0, request.operation)
    return response
  }
  Object.defineProperty(middleware, 'spentUsd', { get: () => totalUsd, enumerable: true })
  Object.defineProperty(middleware, 'charge', {
    value: (amountUsd: number) => {
      if (typeof amountUsd !== 'number' || Number.isNaN(amountUsd) || amountUsd < 0)
        throw new TypeError(`budget: charge takes a number of USD >= 0, got ${String(amountUsd)}`)
      add(amountUsd, 'charge')
    },
  })
  return middleware as BudgetMiddleware
}

/**
 * OpenRouter's usage accounting: `usage.cost` is what your credits paid (cache discounts in it);
 * on BYOK it is OpenRouter's fee, and the provider bills `cost_details.upstream_inference_cost`
 * to your own key: both are spent.
 */
function usageCost(body: unknown): number | undefined {
  const usage = (body as { usage?: Record<string, unknown> } | null)?.usage
  if (typeof usage !== 'object' || usage === null) return undefined
  const cost = typeof usage.cost === 'number' ? usage.cost : 0
  const details = usage.cost_details as { upstream_inference_cost?: unknown } | null | undefined
  const upstream = typeof details?.upstream_inference_cost === 'number' ? details.upstream_inference_cost : 0
  return cost + (usage.is_byok === true ? upstream : 0)
}

const round = (amount: number) => Number(amount.toFixed(6))

function checkAmount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw new TypeError(`budget: ${name} must be a finite number of USD >= 0, got ${String(value)}`)
  return value
}

function checkFunction<T>(value: T | undefined, name: string): T | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new TypeError(`budget: ${name} must be a function`)
  return value
}
