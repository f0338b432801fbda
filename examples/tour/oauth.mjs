// Demo tour step: OAuth PKCE, the way an auth service lets each user bring their own OpenRouter key.
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier, keyHash } from '@orsdk/oauth'

export const title = 'OAuth PKCE: users bring their own OpenRouter key'

export async function run({ client, log, live, server }) {
  const verifier = generateCodeVerifier()
  const challenge = await codeChallenge(verifier)
  log(`verifier: ${verifier.length} random characters (kept server-side); S256 challenge: ${challenge}`)

  const url = buildAuthorizeUrl('http://localhost:3000/callback', { codeChallenge: challenge, client })
  log(`send the user to: ${url}`)
  if (live || server === undefined) {
    log('live: open that URL in a browser to finish; the exchange needs a real user to sign in')
    return
  }

  // The emulator plays the browser's part: /auth redirects to the callback with ?code=...
  const redirect = await fetch(url, { redirect: 'manual' })
  const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code') ?? ''
  log(`callback received ${redirect.headers.get('location')?.replace(code, '<code>')}`)

  const { key, userId } = await exchangeCode(code, { codeVerifier: verifier, client })
  log(
    `exchanged: key ${key.slice(0, 12)}… for user ${userId}; link: https://openrouter.ai/keys/${await keyHash(key)}`,
  )

  try {
    await exchangeCode(code, { codeVerifier: verifier, client })
  } catch (error) {
    log(`reusing the code fails: kind ${error.kind}, status ${error.status}: ${error.message}`)
  }
}
