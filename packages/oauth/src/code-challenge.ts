import { checkMethod, checkVerifier } from './internal/check-input.js'
import { base64url, sha256 } from './internal/encode.js'

/**
 * How the code challenge is derived from the verifier (RFC 7636 section 4.2).
 *
 * @example
 * import { type CodeChallengeMethod, codeChallenge, generateCodeVerifier } from '@orsdk/oauth'
 * const method: CodeChallengeMethod = 'S256'
 * const challenge = await codeChallenge(generateCodeVerifier(), method)
 */
export type CodeChallengeMethod = 'S256' | 'plain'

/**
 * Derives the PKCE code challenge sent in the authorize URL: `base64url(sha256(verifier))`
 * without padding for `S256` (always 43 characters), the verifier itself for `plain`.
 * Uses `crypto.subtle`, so it runs on Node, Workers, Deno, Bun and browsers alike.
 *
 * @param verifier - From `generateCodeVerifier()`: 43 to 128 RFC 7636 unreserved characters.
 * @param method - `'S256'` (default, recommended) or `'plain'`.
 * @throws `OpenRouterError` of kind `invalid_request` for a bad verifier or method.
 * @example
 * import { codeChallenge } from '@orsdk/oauth'
 * // RFC 7636 appendix B
 * const challenge = await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')
 * console.log(challenge) // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 */
export async function codeChallenge(verifier: string, method: CodeChallengeMethod = 'S256'): Promise<string> {
  checkVerifier(verifier, 'codeChallenge: verifier')
  checkMethod(method, 'codeChallenge: method')
  return method === 'plain' ? verifier : base64url(await sha256(verifier))
}
