/**
 * The `diagnostics_channel` tracing channel every request publishes on (Node entry only):
 * `tracing:orsdk:request:start`, `:end`, `:asyncStart`, `:asyncEnd` and `:error`.
 */
export const REQUEST_CHANNEL = 'orsdk:request'
