// Bundle-size entry: the PKCE functions a sign-in page and its callback use.
import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'

export async function start(callbackUrl: string): Promise<{ verifier: string; url: string }> {
  const verifier = generateCodeVerifier()
  const url = buildAuthorizeUrl(callbackUrl, { codeChallenge: await codeChallenge(verifier) })
  return { verifier, url }
}

export async function finish(code: string, verifier: string): Promise<string> {
  const { key } = await exchangeCode(code, { codeVerifier: verifier })
  return key
}
