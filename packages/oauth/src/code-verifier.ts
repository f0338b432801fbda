import { describeValue, invalidInput } from './internal/check-input.js'

// RFC 7636 section 4.1: the 66 unreserved characters.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'
// The largest multiple of 66 below 256: bytes at or above it are redrawn, so `byte % 66`
// picks every character with the same probability (no modulo bias).
const ACCEPT_BELOW = 256 - (256 % ALPHABET.length)

/**
 * Generates a PKCE code verifier: `length` characters drawn uniformly from the RFC 7636
 * unreserved set with the platform CSPRNG (`crypto.getRandomValues`). Keep it server-side
 * (a session or an `HttpOnly` cookie) until the code exchange.
 *
 * @param length - 43 to 128; default 64 (about 386 bits of entropy).
 * @throws `OpenRouterError` of kind `invalid_request` for a length outside 43..128.
 * @example
 * import { generateCodeVerifier } from '@orsdk/oauth'
 * const verifier = generateCodeVerifier()
 * console.log(verifier.length) // 64
 */
export function generateCodeVerifier(length = 64): string {
  if (!Number.isInteger(length) || length < 43 || length > 128)
    throw invalidInput(
      `generateCodeVerifier: length: must be an integer from 43 to 128, got ${describeValue(length)}`,
    )
  let verifier = ''
  const bytes = new Uint8Array(length + 16)
  while (verifier.length < length) {
    crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte >= ACCEPT_BELOW) continue
      verifier += ALPHABET[byte % ALPHABET.length]
      if (verifier.length === length) break
    }
  }
  return verifier
}
