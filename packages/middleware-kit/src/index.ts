export {
  type AbortedStreamUsageOptions,
  abortedStreamUsage,
  type RecoveredUsage,
} from './aborted-stream-usage.js'
export { type BudgetMiddleware, type BudgetOptions, budget } from './budget.js'
export {
  type AtomicBreakerStore,
  type BreakerEntry,
  type BreakerOutcome,
  type BreakerState,
  type BreakerStep,
  type BreakerStore,
  type CircuitBreakerOptions,
  circuitBreaker,
} from './circuit-breaker.js'
export { type LogEntry, type LoggingOptions, logging } from './logging.js'
export { type RateLimitOptions, type RateLimitStore, type RateLimitWindow, rateLimit } from './rate-limit.js'
export { type RetryOptions, retry } from './retry.js'
export {
  type RetryBudgetOptions,
  type RetryBudgetStore,
  type RetryBudgetWindow,
  retryBudget,
} from './retry-budget.js'
export { type RotateModelsOptions, rotateModels } from './rotate-models.js'
