export {
  type RedisBreakerStore,
  type RedisScriptClient,
  type RedisStoreOptions,
  redisBreakerStore,
} from './redis-breaker-store.js'
export { type RedisRateLimitStore, redisRateLimitStore } from './redis-rate-limit-store.js'
export { type RedisRetryBudgetStore, redisRetryBudgetStore } from './redis-retry-budget-store.js'
