/**
 * `@orsdk/account`: what an ordinary OpenRouter API key can read and do about its own account.
 *
 * So far only the types generated from OpenRouter's OpenAPI spec (`pnpm spec:generate`); the
 * functions that call these operations are written on top of them next.
 *
 * @example
 * ```ts
 * import type { components } from '@orsdk/account'
 * type ZdrEndpoint = components['schemas']['PublicEndpoint']
 * ```
 *
 * @module
 */
export type { components, operations, paths } from './generated/openapi.js'
