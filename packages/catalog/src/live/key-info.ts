/**
 * What `fetchKey` returns: the limits and usage of the current key (`GET /key`). Amounts in USD.
 * Typed, never validated.
 *
 * @example
 * ```ts
 * import { fetchKey, type KeyInfo } from '@orsdk/catalog/live'
 * const key: KeyInfo = await fetchKey()
 * if (key.limit_remaining !== null && key.limit_remaining < 1) console.warn('less than $1 left on this key')
 * ```
 */
export interface KeyInfo {
  readonly label: string
  /** Credit limit, null for none. */
  readonly limit: number | null
  /** What is left of `limit`, null for no limit: check it ahead of 402s. */
  readonly limit_remaining: number | null
  /** When the limit resets (`daily`, `weekly`, `monthly`), null for never. */
  readonly limit_reset: string | null
  readonly include_byok_in_limit: boolean
  readonly usage: number
  readonly usage_daily: number
  readonly usage_weekly: number
  readonly usage_monthly: number
  readonly byok_usage: number
  readonly byok_usage_daily: number
  readonly byok_usage_weekly: number
  readonly byok_usage_monthly: number
  readonly is_free_tier: boolean
  readonly is_management_key: boolean
  /** Deprecated upstream: read `is_management_key`. */
  readonly is_provisioning_key?: boolean
  readonly creator_user_id: string | null
  /** ISO 8601, null for a key that does not expire. */
  readonly expires_at: string | null
  /** Deprecated upstream and safe to ignore. */
  readonly rate_limit?: { readonly requests: number; readonly interval: string; readonly note?: string }
}
