/**
 * `@orsdk/admin`: the OpenRouter operations that need a management key, plus presets.
 *
 * So far only the types generated from OpenRouter's OpenAPI spec (`pnpm spec:generate`); the
 * functions that call these operations are written on top of them next.
 *
 * @example
 * ```ts
 * import type { components } from '@orsdk/admin'
 * type Guardrail = components['schemas']['Guardrail']
 * ```
 *
 * @module
 */
export type { components, operations, paths } from './generated/openapi.js'
