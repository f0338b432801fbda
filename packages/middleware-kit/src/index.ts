export {
  type BreakerState,
  type BreakerStore,
  type CircuitBreakerOptions,
  circuitBreaker,
} from './circuit-breaker.js'
export { type LogEntry, type LoggingOptions, logging } from './logging.js'
export { type RateLimitOptions, rateLimit } from './rate-limit.js'
export { type RetryOptions, retry } from './retry.js'
export { type RotateModelsOptions, rotateModels } from './rotate-models.js'
