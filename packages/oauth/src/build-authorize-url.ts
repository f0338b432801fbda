import type { Client } from '@orsdk/transport'
import type { CodeChallengeMethod } from './code-challenge.js'
import { checkMethod, checkVerifier, describeValue, invalidInput } from './internal/check-input.js'

/**
 * Options of `buildAuthorizeUrl`.
 *
 * @example
 * import { type AuthorizeUrlOptions, buildAuthorizeUrl } from '@orsdk/oauth'
 * const options: AuthorizeUrlOptions = { codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', limit: 5 }
 * const url = buildAuthorizeUrl('https://app.example/callback', options)
 */
export interface AuthorizeUrlOptions {
  /** From `codeChallenge(verifier, method)`. Required in headless mode; recommended always. */
  codeChallenge?: string
  /** How `codeChallenge` was derived; default `'S256'` when there is a challenge. */
  codeChallengeMethod?: CodeChallengeMethod
  /** A credit limit for the key that will be issued. */
  limit?: number
  /** The key's name on the user's keys page. Required in headless mode. */
  keyLabel?: string
  /** The site origin is taken from this client's `baseURL`. */
  client?: Client
  /** Or from this API base URL (wins over `client`). */
  baseURL?: string
}

const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/

/**
 * Builds the URL to send the user to: `/auth` on the site origin (`https://openrouter.ai/auth`,
 * or the emulator's origin when the base URL points at it), with `callback_url`,
 * `code_challenge`, `code_challenge_method`, `limit` and `key_label`. OpenRouter redirects
 * back to `callbackUrl?code=...`. Without a callback URL (headless mode) the page shows the
 * code for the user to paste, and a challenge and a key label are then required.
 *
 * The origin comes from `options.baseURL`, else `options.client.baseURL`, else
 * `OPENROUTER_BASE_URL`, else `https://openrouter.ai`, as for the default client. No I/O.
 *
 * @param callbackUrl - `https://...` or `http://localhost[:port]/...`; `undefined` for headless mode.
 * @throws `OpenRouterError` of kind `invalid_request` naming the bad field.
 * @example
 * import { buildAuthorizeUrl, codeChallenge, generateCodeVerifier } from '@orsdk/oauth'
 * const verifier = generateCodeVerifier()
 * const url = buildAuthorizeUrl('https://app.example/callback', { codeChallenge: await codeChallenge(verifier) })
 * console.log(url) // https://openrouter.ai/auth?callback_url=https%3A%2F%2Fapp.example%2Fcallback&code_challenge=...&code_challenge_method=S256
 */
export function buildAuthorizeUrl(
  callbackUrl: string | undefined,
  options: AuthorizeUrlOptions = {},
): string {
  if (typeof options !== 'object' || options === null)
    throw invalidInput('buildAuthorizeUrl: options: must be an object')
  const { codeChallenge, limit, keyLabel } = options
  const url = new URL('/auth', siteBase(options))
  if (callbackUrl !== undefined) url.searchParams.set('callback_url', checkCallback(callbackUrl))
  if (codeChallenge !== undefined) {
    const method =
      checkMethod(options.codeChallengeMethod, 'buildAuthorizeUrl: codeChallengeMethod') ?? 'S256'
    if (method === 'plain') checkVerifier(codeChallenge, 'buildAuthorizeUrl: codeChallenge')
    else if (typeof codeChallenge !== 'string' || !S256_CHALLENGE.test(codeChallenge))
      throw invalidInput(
        'buildAuthorizeUrl: codeChallenge: an S256 challenge is 43 base64url characters: use codeChallenge(verifier)',
      )
    url.searchParams.set('code_challenge', codeChallenge)
    url.searchParams.set('code_challenge_method', method)
  } else if (options.codeChallengeMethod !== undefined) {
    throw invalidInput('buildAuthorizeUrl: codeChallengeMethod: given without codeChallenge')
  }
  if (limit !== undefined) {
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0)
      throw invalidInput(
        `buildAuthorizeUrl: limit: must be a positive number of credits, got ${describeValue(limit)}`,
      )
    url.searchParams.set('limit', String(limit))
  }
  if (keyLabel !== undefined) {
    if (typeof keyLabel !== 'string' || keyLabel.trim() === '')
      throw invalidInput('buildAuthorizeUrl: keyLabel: must be a non-empty string')
    url.searchParams.set('key_label', keyLabel)
  }
  if (callbackUrl === undefined && (codeChallenge === undefined || keyLabel === undefined))
    throw invalidInput(
      `buildAuthorizeUrl: ${codeChallenge === undefined ? 'codeChallenge' : 'keyLabel'}: required in headless mode (no callbackUrl)`,
    )
  return url.href
}

// OpenRouter accepts https callbacks, and plain http only to localhost.
function checkCallback(value: unknown): string {
  let url: URL | undefined
  try {
    url = typeof value === 'string' ? new URL(value) : undefined
  } catch {
    url = undefined
  }
  if (url === undefined)
    throw invalidInput(`buildAuthorizeUrl: callbackUrl: must be an absolute URL, got ${describeValue(value)}`)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.hostname === 'localhost'))
    throw invalidInput(
      `buildAuthorizeUrl: callbackUrl: must be https or http://localhost, got ${JSON.stringify(url.origin)}`,
    )
  return url.href
}

function siteBase(options: AuthorizeUrlOptions): string {
  const value = options.baseURL ?? options.client?.baseURL ?? environmentBaseURL() ?? DEFAULT_BASE_URL
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin
  } catch {}
  throw invalidInput(
    `buildAuthorizeUrl: baseURL: must be an absolute http(s) URL, got ${describeValue(value)}`,
  )
}

// Read like the default client reads it, without building one: keeps this function I/O- and transport-free.
function environmentBaseURL(): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  return env?.OPENROUTER_BASE_URL || undefined
}
