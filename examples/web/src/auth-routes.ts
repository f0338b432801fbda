import { buildAuthorizeUrl, codeChallenge, exchangeCode, generateCodeVerifier } from '@orsdk/oauth'
import { isOpenRouterError } from '@orsdk/transport'
import type { Hono } from 'hono'
import type { AppContext } from './app-context'

/**
 * Sign in with OpenRouter (OAuth PKCE). The verifier waits in the server-side session between
 * /login and /callback; the key the exchange returns stays there too.
 */
export function addAuthRoutes(app: Hono, { client, sessions, serverKey, mode }: AppContext): void {
  app.get('/login', async (c) => {
    const session = sessions.start(c)
    session.verifier = generateCodeVerifier()
    // Where OpenRouter sends the user back: this server's own origin. It must be https or
    // http://localhost (not 127.0.0.1), so buildAuthorizeUrl refuses anything else.
    const callback = new URL('/callback', c.req.url).href
    try {
      const challenge = await codeChallenge(session.verifier)
      // The client's baseURL decides the origin: https://openrouter.ai, or the emulator's /auth.
      return c.redirect(buildAuthorizeUrl(callback, { codeChallenge: challenge, client }))
    } catch (error) {
      sessions.end(c)
      return c.redirect(`/?signin=${isOpenRouterError(error) ? error.kind : 'server'}`)
    }
  })

  app.get('/callback', async (c) => {
    const session = sessions.read(c)
    const code = c.req.query('code')
    const verifier = session?.verifier
    if (session === undefined || verifier === undefined || !code) return c.redirect('/?signin=auth')
    delete session.verifier
    try {
      const { key, userId } = await exchangeCode(code, { codeVerifier: verifier, client })
      session.key = key
      session.userId = userId
      return c.redirect('/')
    } catch (error) {
      sessions.end(c)
      return c.redirect(`/?signin=${isOpenRouterError(error) ? error.kind : 'server'}`)
    }
  })

  app.post('/logout', (c) => {
    sessions.end(c)
    return c.redirect('/')
  })

  // What the page may know: whether it can chat, and against what. Never the key.
  app.get('/api/me', (c) => {
    const session = sessions.read(c)
    const signedIn = session?.key !== undefined
    return c.json({
      signedIn,
      userId: signedIn ? (session?.userId ?? null) : null,
      usingServerKey: !signedIn && serverKey !== undefined,
      mode,
    })
  })
}
