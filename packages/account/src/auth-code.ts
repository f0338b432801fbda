import type { CallOptions } from '@orsdk/transport'
import { callOperation } from '@orsdk/transport/protocol'
import { authCodeSchema } from './auth-code-schema.js'
import type { Answer, Body } from './internal/spec-types.js'

/**
 * Creates an authorization code for the PKCE flow on behalf of the calling key's account,
 * `POST /auth/keys/code`: the app then exchanges it for a new key (`exchangeCode` of
 * `@orsdk/oauth`), with an optional spending limit and label.
 *
 * @param params - `callback_url` (required), `code_challenge` and `code_challenge_method`,
 * `limit` in USD, `usage_limit_type`, `key_label`, `expires_at`, `workspace_id`.
 * @throws `OpenRouterError`: `invalid_request` for a missing or empty `callback_url` (before any
 * I/O); `auth` without a key; `rate_limit`, `server`, `timeout`, `transport` as for any call.
 * @example
 * ```ts
 * import { createAuthCode } from '@orsdk/account'
 * const { data } = await createAuthCode({ callback_url: 'https://app.example/callback', limit: 5, key_label: 'cli' })
 * console.log(data.id) // the code, valid until it is exchanged
 * ```
 */
export function createAuthCode(
  params: Body<'createAuthKeysCode'>,
  options?: CallOptions,
): Promise<Answer<'createAuthKeysCode'>> {
  return callOperation(
    { name: 'createAuthCode', method: 'POST', path: '/auth/keys/code', schema: authCodeSchema },
    { params },
    options,
  )
}
