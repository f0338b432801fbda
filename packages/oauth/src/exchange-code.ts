import type { CallOptions } from '@orsdk/transport'
import { decodeError, requestJson } from '@orsdk/transport/protocol'
import type { CodeChallengeMethod } from './code-challenge.js'
import { checkMethod, checkVerifier, invalidInput } from './internal/check-input.js'

/**
 * Options of `exchangeCode`: the PKCE verifier, plus the usual per-call options.
 *
 * @example
 * import { type ExchangeCodeOptions, exchangeCode } from '@orsdk/oauth'
 * const options: ExchangeCodeOptions = { codeVerifier: verifier, signal: AbortSignal.timeout(30_000) }
 * const { key } = await exchangeCode(code, options)
 */
export interface ExchangeCodeOptions extends CallOptions {
  /** The verifier whose challenge went into the authorize URL. */
  codeVerifier?: string
  /** The method used in the authorize URL; OpenRouter answers 400 when it differs. */
  codeChallengeMethod?: CodeChallengeMethod
}

/**
 * What the exchange returns: the whole answer of `POST /auth/keys`, every field OpenRouter
 * sends kept as sent (`user_id`, and whatever it adds), plus `userId`. `key` is the user's
 * secret: store it encrypted, never log it.
 *
 * @example
 * import { type ExchangeCodeResult, exchangeCode, keyHash } from '@orsdk/oauth'
 * const result: ExchangeCodeResult = await exchangeCode(code, { codeVerifier: verifier })
 * console.log(result.userId, await keyHash(result.key)) // log the hash, never the key
 */
export interface ExchangeCodeResult {
  /** The new API key, `sk-or-v1-...`. */
  key: string
  /** OpenRouter's id of the user (`user_id`), or null when it does not tell. */
  userId: string | null
  /** Any other field of the answer, as sent. */
  [field: string]: unknown
}

/**
 * Exchanges the `code` from the callback (or pasted in headless mode) for the user's API
 * key: `POST /auth/keys` with no `Authorization` header, so it works with a client (or
 * the default client) that has no key. Codes are single-use and expire after 10 minutes.
 *
 * @throws `OpenRouterError`: `invalid_request` for bad input (before any I/O) and for a
 * 400 `Invalid code_challenge_method`; `auth` for a 403 (`Invalid code or code_verifier`,
 * `Authorization code expired`), with the server's message; `transport`, `timeout`,
 * `server` and `decode` as for any call. A user's abort rejects with its `AbortError`.
 * No error ever quotes the issued key.
 * @example
 * import { startMockServer } from '@orsdk/mock-server'
 * import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'
 * import { createClient } from '@orsdk/transport'
 * const server = await startMockServer()
 * const client = createClient({ baseURL: server.baseURL }) // no API key needed
 * const verifier = generateCodeVerifier()
 * const url = buildAuthorizeUrl('http://localhost:3000/cb', { codeChallenge: await codeChallenge(verifier), client })
 * const callback = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '')
 * const { key, userId } = await exchangeCode(callback.searchParams.get('code') ?? '', { codeVerifier: verifier, client })
 * await server.close()
 */
export async function exchangeCode(
  code: string,
  options: ExchangeCodeOptions = {},
): Promise<ExchangeCodeResult> {
  if (typeof code !== 'string' || code.trim() === '')
    throw invalidInput(
      'exchangeCode: code: must be a non-empty string (the `code` query parameter of the callback)',
    )
  if (typeof options !== 'object' || options === null)
    throw invalidInput('exchangeCode: options: must be an object')
  const { codeVerifier, codeChallengeMethod, ...callOptions } = options
  if (codeVerifier !== undefined) checkVerifier(codeVerifier, 'exchangeCode: codeVerifier')
  checkMethod(codeChallengeMethod, 'exchangeCode: codeChallengeMethod')
  const body = {
    code,
    ...(codeVerifier === undefined ? {} : { code_verifier: codeVerifier }),
    ...(codeChallengeMethod === undefined ? {} : { code_challenge_method: codeChallengeMethod }),
  }
  // Errors leave the transport with anything shaped like a key removed: the answer carries a
  // freshly issued key, which the transport's redaction of the caller's own key would not know.
  const response = await requestJson(
    { operation: 'oauth.exchange', method: 'POST', path: '/auth/keys', body, auth: 'none' },
    callOptions,
  )
  const data = (typeof response.data === 'object' && response.data !== null ? response.data : {}) as Record<
    string,
    unknown
  >
  const { key, user_id: userId } = data
  if (typeof key !== 'string' || key === '')
    // The body is left out on purpose: whatever it holds may be a secret.
    throw decodeError('oauth.exchange: the response has no key', undefined, response)
  return { ...data, key, userId: typeof userId === 'string' ? userId : null }
}
