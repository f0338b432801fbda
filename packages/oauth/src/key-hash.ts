import { invalidInput } from './internal/check-input.js'
import { hex, sha256 } from './internal/encode.js'

/**
 * The hash OpenRouter uses to name a key in links: hex SHA-256 of the key. Link a user to
 * `https://openrouter.ai/keys/<hash>` or `https://openrouter.ai/logs?api_key_hash=<hash>`.
 * The hash is safe to store and log; the key is not.
 *
 * @throws `OpenRouterError` of kind `invalid_request` when `key` is not a non-empty string.
 * @example
 * import { keyHash } from '@orsdk/oauth'
 * const hash = await keyHash(`sk-or-v1-${'0'.repeat(64)}`)
 * console.log(`https://openrouter.ai/keys/${hash}`) // 64 hex characters after /keys/
 */
export async function keyHash(key: string): Promise<string> {
  // Never echo the value: it is the user's key.
  if (typeof key !== 'string' || key === '') throw invalidInput('keyHash: key: must be a non-empty string')
  return hex(await sha256(key))
}
